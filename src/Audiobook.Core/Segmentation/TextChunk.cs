using Audiobook.Core.Text;

namespace Audiobook.Core.Segmentation;

/// <summary>A piece of a block ready to become a segment; <see cref="Span"/> is where it stands in the text it was cut from.</summary>
internal readonly record struct TextChunk(string Text, string LanguageType, bool EndsSentence, TextSpan Span);
