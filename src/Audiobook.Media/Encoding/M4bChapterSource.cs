namespace Audiobook.Media.Encoding;

/// <summary>One chapter of a single-pass M4B encode: its working PCM, its title and its mastering gain.</summary>
public sealed record M4bChapterSource(string PcmPath, string Title, double GainDb);
