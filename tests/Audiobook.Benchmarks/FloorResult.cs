namespace Audiobook.Benchmarks;

/// <summary>What <see cref="FairFloor"/> measured: wall time and CPU seconds of each phase, and the audio espeak-ng produced.</summary>
internal sealed record FloorResult(TimeSpan Speak, CpuTimes SpeakCpu, TimeSpan Encode, CpuTimes EncodeCpu, double AudioSeconds, string EspeakArguments)
{
    public TimeSpan Total => Speak + Encode;

    public CpuTimes Cpu => new(SpeakCpu.Own + EncodeCpu.Own, SpeakCpu.Children + EncodeCpu.Children);
}
