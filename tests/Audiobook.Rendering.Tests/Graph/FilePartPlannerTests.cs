using Audiobook.Media.Captions;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.Tests.Graph;

public sealed class FilePartPlannerTests
{
    private static CaptionCue Cue(double start, double end) => new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), "x");

    [Fact]
    public void Split_UnderTheLimit_OnePart()
    {
        var parts = FilePartPlanner.Split([Cue(1, 5), Cue(6, 9)], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        Assert.Equal([(TimeSpan.Zero, TimeSpan.FromSeconds(10))], parts);
    }

    [Fact]
    public void Split_OverTheLimit_CutsInThePausesAndEveryPartFits()
    {
        IReadOnlyList<CaptionCue> cues = [Cue(0.5, 4), Cue(5, 9), Cue(10, 14), Cue(15, 19), Cue(20, 24)];
        var parts = FilePartPlanner.Split(cues, TimeSpan.FromSeconds(26), TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, parts[0].Start);
        Assert.Equal(TimeSpan.FromSeconds(26), parts[^1].End);
        Assert.All(parts.Zip(parts.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.All(parts.SkipLast(1), p => Assert.True(p.End - p.Start <= TimeSpan.FromSeconds(10)));
        // Every cut falls in a pause, never inside a cue.
        Assert.All(parts.Skip(1), p => Assert.DoesNotContain(cues, c => c.Start < p.Start && p.Start < c.End));
        Assert.Equal(TimeSpan.FromSeconds(9.5), parts[0].End);
    }
}
