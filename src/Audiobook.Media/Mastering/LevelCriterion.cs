using System.Globalization;

namespace Audiobook.Media.Mastering;

/// <summary>One level requirement of a profile with the value it was checked against.</summary>
/// <param name="Name">What is checked, for people: <c>RMS</c>, <c>True peak</c>, ...</param>
/// <param name="Measured">The measured (or predicted) value.</param>
/// <param name="Minimum">Lowest allowed value, if any.</param>
/// <param name="Maximum">Highest allowed value, if any.</param>
/// <param name="Unit">Unit of the values (<c>dB</c>, <c>LUFS</c>, <c>dBTP</c>, <c>min</c>).</param>
public sealed record LevelCriterion(string Name, double Measured, double? Minimum, double? Maximum, string Unit)
{
    // A hundredth of a dB: levels are printed with one decimal, and a value that prints as the limit passes.
    private const double Tolerance = 0.005;

    public bool Pass => (Minimum is not { } min || Measured >= min - Tolerance) && (Maximum is not { } max || Measured <= max + Tolerance);

    /// <summary>One line for a report, e.g. <c>RMS -24.3 dB is below -23.0 dB</c>; empty when it passes.</summary>
    public string Describe()
    {
        if (Pass)
        {
            return "";
        }

        return Minimum is { } min && Measured < min
            ? string.Create(CultureInfo.InvariantCulture, $"{Name} {Measured:0.0} {Unit} is below {min:0.0} {Unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{Name} {Measured:0.0} {Unit} is above {Maximum:0.0} {Unit}");
    }
}
