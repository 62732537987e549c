using Audiobook.Core.Segmentation;

namespace Audiobook.Jobs.Execution;

/// <summary>A stored book read and segmented with the lexicons of a given version: what every job of a render plans with.</summary>
public sealed record PreparedBook(Core.Books.Book Book, IReadOnlyList<ChapterSegments> Chapters);
