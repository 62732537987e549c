namespace Audiobook.Benchmarks;

/// <summary>What <see cref="FairFloor"/> measured: wall time and CPU seconds of each phase, and the audio espeak-ng produced.
/// <see cref="Total"/> is the bare floor (speak, encode); <see cref="MasteredTotal"/> is the mastered floor (speak, encode
/// through the render's mastering chain).</summary>
internal sealed record FloorResult(
    TimeSpan Speak, CpuTimes SpeakCpu, TimeSpan Encode, CpuTimes EncodeCpu, TimeSpan MasteredEncode, CpuTimes MasteredEncodeCpu,
    double AudioSeconds, string EspeakArguments)
{
    public TimeSpan Total => Speak + Encode;

    public CpuTimes Cpu => new(SpeakCpu.Own + EncodeCpu.Own, SpeakCpu.Children + EncodeCpu.Children);

    public TimeSpan MasteredTotal => Speak + MasteredEncode;

    public CpuTimes MasteredCpu => new(SpeakCpu.Own + MasteredEncodeCpu.Own, SpeakCpu.Children + MasteredEncodeCpu.Children);
}
