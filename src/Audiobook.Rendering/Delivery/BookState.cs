using Audiobook.Media.Encoding;

namespace Audiobook.Rendering.Delivery;

/// <summary>The last M4B mux: the hash of its chapters and the marks it wrote, so an unchanged book is not muxed again.</summary>
internal sealed record BookState(string Hash, IReadOnlyList<ChapterMarker> Marks);
