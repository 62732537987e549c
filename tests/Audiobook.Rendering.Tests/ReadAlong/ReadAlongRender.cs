using Audiobook.Core.Books;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>One book rendered with <c>--format epub3</c>: the book, its chapter plans (cache keys), the render's result
/// and the EPUB read back.</summary>
internal sealed record ReadAlongRender(string Sample, Book Book, IReadOnlyList<ChapterPlan> Plans, RenderResult Result, string OutputDirectory, ReadAlongEpub Epub);
