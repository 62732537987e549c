namespace Audiobook.TtsServer.Synthesis;

/// <summary>An espeak-ng voice variant (<c>espeak-ng --voices=variant</c>) with its RMS at <c>-a 100</c>, used to even out loudness between
/// variants, and its measured F0 at <c>-p</c> 0, 10, …, 90, 99 (<see cref="EspeakPitchCurve"/>), used to hit a target pitch.</summary>
internal sealed record EspeakVariant(string Name, double Rms, IReadOnlyList<double> F0ByPitch)
{
    /// <summary>The variant's F0 as a function of <c>-p</c>.</summary>
    public EspeakPitchCurve Pitch { get; } = new(F0ByPitch);

    /// <summary>The median F0 in Hz at <c>-p 50</c>.</summary>
    public double F0AtDefaultPitch => Pitch.F0At(50);
}
