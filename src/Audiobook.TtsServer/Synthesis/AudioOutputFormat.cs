namespace Audiobook.TtsServer.Synthesis;

/// <summary>The encoding of one response's <c>response.audio.delta</c> payloads.</summary>
/// <param name="Format"><c>pcm</c>, <c>wav</c>, <c>mp3</c> or <c>opus</c>.</param>
/// <param name="SampleRate">Output sample rate in Hz.</param>
/// <param name="BitRateKbps">Encoder bit rate for mp3/opus (opus is capped at 256 kbps, libopus' mono maximum).</param>
/// <param name="DeltaDuration">Audio per delta (PCM/WAV exactly, mp3/opus approximately by bit rate).</param>
internal sealed record AudioOutputFormat(string Format, int SampleRate, int BitRateKbps, TimeSpan DeltaDuration);
