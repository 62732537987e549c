using System.Globalization;

namespace Audiobook.Benchmarks;

/// <summary>CPU seconds of this process and of its reaped children (espeak-ng, ffmpeg), from <c>/proc/self/stat</c>: the split
/// tells whether a step is slow in our code or in the tools it runs. Zero where /proc is missing.</summary>
internal readonly record struct CpuTimes(double Own, double Children)
{
    // Linux reports clock ticks; USER_HZ is 100 on every mainstream kernel.
    private const double TicksPerSecond = 100.0;

    public double Total => Own + Children;

    public static CpuTimes Now()
    {
        const string path = "/proc/self/stat";
        if (!File.Exists(path))
        {
            return default;
        }

        var stat = File.ReadAllText(path);
        // The command name (field 2) may hold spaces, so count fields after its closing parenthesis: state is field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
        return new CpuTimes(Field(14) + Field(15), Field(16) + Field(17));
    }

    public static CpuTimes operator -(CpuTimes after, CpuTimes before) => new(after.Own - before.Own, after.Children - before.Children);
}
