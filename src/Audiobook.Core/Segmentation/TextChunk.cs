namespace Audiobook.Core.Segmentation;

/// <summary>A piece of a block ready to become a segment.</summary>
internal readonly record struct TextChunk(string Text, string LanguageType, bool EndsSentence);
