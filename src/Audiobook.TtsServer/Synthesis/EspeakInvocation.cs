using System.Globalization;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>One espeak-ng run: <c>--stdout -b 1 -v lang+variant -p -s -g -a</c>, text on stdin. <see cref="RateFactor"/> is the pitch
/// shift (beyond what the variant reaches with <c>-p 0..99</c>) applied by declaring the output <c>RateFactor</c> times faster to the resampler; the
/// speed was divided by it in advance so the duration stays the same.</summary>
internal sealed record EspeakInvocation(string Voice, int Pitch, int Speed, int WordGap, int Amplitude, double RateFactor)
{
    public IReadOnlyList<string> Arguments =>
    [
        "--stdout", "-b", "1", "-v", Voice,
        "-p", Pitch.ToString(CultureInfo.InvariantCulture),
        "-s", Speed.ToString(CultureInfo.InvariantCulture),
        "-g", WordGap.ToString(CultureInfo.InvariantCulture),
        "-a", Amplitude.ToString(CultureInfo.InvariantCulture),
    ];
}
