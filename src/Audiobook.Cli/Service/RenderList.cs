using Audiobook.Jobs.Queries;

namespace Audiobook.Cli.Service;

/// <summary>What <c>status</c> without a render shows: recent renders and the short id each is shown by.</summary>
internal sealed record RenderList(IReadOnlyList<RenderSummary> Renders, IReadOnlyDictionary<Guid, string> ShortIds)
{
    public string ShortId(Guid id) => ShortIds.GetValueOrDefault(id) ?? id.ToString("N");
}
