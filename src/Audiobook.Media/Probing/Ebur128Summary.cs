namespace Audiobook.Media.Probing;

/// <summary>The summary ffmpeg's <c>ebur128</c> filter prints at the end of a pass (values to 0.1).</summary>
/// <param name="IntegratedLufs">Integrated loudness (I), LUFS; ffmpeg prints -70.0 for silence.</param>
/// <param name="IntegratedThresholdLufs">The relative gate used for I.</param>
/// <param name="LoudnessRangeLu">Loudness range (LRA), LU.</param>
/// <param name="RangeLowLufs">LRA low, LUFS.</param>
/// <param name="RangeHighLufs">LRA high, LUFS.</param>
/// <param name="TruePeakDbtp">True peak (with <c>peak=true</c>), dBTP; negative infinity for silence.</param>
/// <param name="SamplePeakDbfs">Sample peak (with <c>peak=sample</c>), dBFS.</param>
public sealed record Ebur128Summary(
    double IntegratedLufs,
    double IntegratedThresholdLufs,
    double LoudnessRangeLu,
    double RangeLowLufs,
    double RangeHighLufs,
    double? TruePeakDbtp,
    double? SamplePeakDbfs);
