namespace Audiobook.Dashboard.Api;

/// <summary>The body of <c>POST /api/v1/renders/{id}/rerender</c>: the chapters to render again.</summary>
/// <param name="Chapters">1-based chapter indexes, e.g. <c>[3, 7]</c>.</param>
/// <param name="Force">Synthesize every segment again instead of reusing unchanged ones from the cache.</param>
public sealed record RerenderDto(IReadOnlyList<int> Chapters, bool Force = false);
