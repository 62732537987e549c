namespace Audiobook.Core.Costs;

/// <summary>The throughput assumptions behind a cost and time estimate.</summary>
public sealed record CostEstimateOptions
{
    /// <summary>The model's request limit per minute (one request = one segment commit); 0 means no limit.</summary>
    public int RequestsPerMinute { get; init; }

    /// <summary>Sessions rendering at the same time.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>
    /// How many seconds of audio one session produces per second of wall time. The service streams at least as fast as
    /// playback; 1.0 is the cautious default until measured.
    /// </summary>
    public double RealtimeFactor { get; init; } = 1.0;

    /// <summary>The voice's speech_rate (0.5–2.0): faster speech is shorter audio.</summary>
    public double SpeechRate { get; init; } = 1.0;

    public SpeechRateModel Rates { get; init; } = SpeechRateModel.Default;
}
