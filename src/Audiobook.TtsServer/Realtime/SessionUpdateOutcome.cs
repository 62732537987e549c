using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>Either the merged settings or the first validation error of a <c>session.update</c>.</summary>
internal sealed record SessionUpdateOutcome(SessionSettings? Settings, ErrorInfo? Error);
