using System.Net;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Ingest.Tests.Epub;

namespace Audiobook.Dashboard.Tests;

/// <summary>The ingest tests' hostile corpus (broken, malicious and DRM EPUBs) uploaded through the API: each is refused
/// with the reader's one-line reason as a problem, nothing is stored, and the server keeps answering.</summary>
public sealed class HostileUploadTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    /// <summary>The cases the service's own limits decide (those made for smaller limits are the ingest tests' business).</summary>
    public static TheoryData<string> CaseNames => [.. HostileEpubCorpus.Cases.Where(c => c.Value.Options is null).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Upload_HostileEpub_RefusedWithItsReasonAndTheServerStaysUp(string name)
    {
        var (_, token) = await dashboard.AddTenantAsync("Hostile " + name);
        using var api = dashboard.Api(token);
        var hostile = HostileEpubCorpus.Cases[name];

        var response = await ApiTests.UploadAsync(api, "hostile.epub", hostile.Build());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (_, detail) = await Problem.ReadAsync(response);
        Assert.StartsWith("hostile.epub: ", detail, StringComparison.Ordinal);
        Assert.Contains(name == "empty-file" ? "the file is empty" : hostile.ExpectedError, detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', detail);
        Assert.DoesNotContain("root:", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/health/live")).StatusCode);
        Assert.Equal("[]", await api.GetStringAsync("/api/v1/books"));
    }
}
