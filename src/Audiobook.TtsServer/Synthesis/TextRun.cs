namespace Audiobook.TtsServer.Synthesis;

/// <summary>A stretch of text spoken with one espeak-ng language (<c>cmn</c>, <c>en-us</c>, …).</summary>
internal sealed record TextRun(string Language, string Text);
