namespace Audiobook.Tts;

/// <summary>Timing and billing figures of one realtime connection (docs/qwen-tts-protocol.md §8.1, §8.5). Safe to read while the
/// session runs; every getter returns a consistent snapshot value.</summary>
public sealed class TtsConnectionMetrics
{
    private readonly Lock _gate = new();
    private readonly List<SynthesisResult> _responses = [];
    private TimeSpan? _firstAudioDelay;
    private long _billedCharacters;
    private long _inputTokens;
    private long _outputTokens;
    private long _totalTokens;
    private long _audioBytes;

    /// <summary>The SDKs' <c>get_first_audio_delay()</c>: from the first text append of the connection to its first audio delta.
    /// Null until audio has arrived. It is not reset per response; see <see cref="SynthesisResult.FirstAudioDelay"/> for that.</summary>
    public TimeSpan? FirstAudioDelay
    {
        get { lock (_gate) { return _firstAudioDelay; } }
    }

    /// <summary>The id of the last response that completed, like the SDKs' <c>get_last_response_id()</c>.</summary>
    public string? LastResponseId
    {
        get { lock (_gate) { return _responses.Count == 0 ? null : _responses[^1].ResponseId; } }
    }

    /// <summary>Every completed response in order, with its own first-audio delay, elapsed time, audio bytes and usage.</summary>
    public IReadOnlyList<SynthesisResult> Responses
    {
        get { lock (_gate) { return [.. _responses]; } }
    }

    /// <summary>Sum of <c>usage.characters</c> (the billed characters; 汉字 count 2).</summary>
    public long BilledCharacters
    {
        get { lock (_gate) { return _billedCharacters; } }
    }

    /// <summary>Sum of <c>usage.input_tokens</c> (qwen-tts-realtime only).</summary>
    public long InputTokens
    {
        get { lock (_gate) { return _inputTokens; } }
    }

    /// <summary>Sum of <c>usage.output_tokens</c> (qwen-tts-realtime only).</summary>
    public long OutputTokens
    {
        get { lock (_gate) { return _outputTokens; } }
    }

    /// <summary>Sum of <c>usage.total_tokens</c> (qwen-tts-realtime only).</summary>
    public long TotalTokens
    {
        get { lock (_gate) { return _totalTokens; } }
    }

    /// <summary>Decoded audio bytes received over the connection.</summary>
    public long AudioBytes
    {
        get { lock (_gate) { return _audioBytes; } }
    }

    internal void RecordFirstAudio(TimeSpan delay)
    {
        lock (_gate)
        {
            _firstAudioDelay ??= delay;
        }
    }

    internal void RecordAudio(int bytes)
    {
        lock (_gate)
        {
            _audioBytes += bytes;
        }
    }

    internal void RecordResponse(SynthesisResult result)
    {
        lock (_gate)
        {
            _responses.Add(result);
            _billedCharacters += result.Usage?.Characters ?? 0;
            _inputTokens += result.Usage?.InputTokens ?? 0;
            _outputTokens += result.Usage?.OutputTokens ?? 0;
            _totalTokens += result.Usage?.TotalTokens ?? 0;
        }
    }
}
