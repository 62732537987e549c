using Audiobook.Rendering.ReadAlong;

namespace Audiobook.Rendering.Tests.ReadAlong;

public sealed class OverlayPlannerTests
{
    private static readonly ChapterAudio Chapter = new(1, "audio/chapter-001.m4a", [(500, 2000), (2000, 3500), (3500, 5000)]);

    [Fact]
    public void Plan_SegmentWithoutAPlaceInTheText_GivesItsTimeToTheClipBefore()
    {
        var overlays = OverlayPlanner.Plan([Chapter], (_, i) => i == 1 ? null : new SegmentTarget("text/c.xhtml", $"s{i}"));

        var pars = overlays["text/c.xhtml"];
        Assert.Equal([("s0", 500L, 3500L), ("s2", 3500L, 5000L)], pars.Select(p => (p.TextId, p.BeginMs, p.EndMs)));
    }

    [Fact]
    public void Plan_FirstSegmentWithoutAPlace_GivesItsTimeToTheClipAfter()
    {
        var overlays = OverlayPlanner.Plan([Chapter], (_, i) => i == 0 ? null : new SegmentTarget("text/c.xhtml", $"s{i}"));

        Assert.Equal([("s1", 500L, 3500L), ("s2", 3500L, 5000L)], overlays["text/c.xhtml"].Select(p => (p.TextId, p.BeginMs, p.EndMs)));
    }
}
