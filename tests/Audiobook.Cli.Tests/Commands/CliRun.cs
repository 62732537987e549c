using System.Collections;

namespace Audiobook.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process with captured output and its own environment: a developer's <c>DASHSCOPE_API_KEY</c>
/// never reaches a test (it would call the paid service), and a test sets exactly the variables it is about.</summary>
internal static class CliRun
{
    public static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunWithAsync(new Hashtable(), args);

    public static async Task<(int Code, string Output, string Error)> RunWithAsync(IDictionary environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error, environment);
        return (code, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(Root(), "samples", name);

    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found");
    }
}
