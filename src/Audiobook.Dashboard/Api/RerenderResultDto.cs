namespace Audiobook.Dashboard.Api;

/// <summary>What a re-render queued.</summary>
public sealed record RerenderResultDto(Guid Id, IReadOnlyList<int> Chapters);
