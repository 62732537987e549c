using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>The overlays and the captions come from one source of timings: each clip begins exactly where the caption
/// cue of its segment begins (as written to the .vtt file of the same render) and runs to where the next cue begins.</summary>
[Collection(ReadAlongRenderGroup.Name)]
public sealed partial class ReadAlongTimingTests(ReadAlongRenderFixture fixture)
{
    public static TheoryData<string> Samples => new(ReadAlongRenderFixture.Samples);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task RenderAsync_Epub3_OverlayClipsEqualTheCaptionCuesOfTheSameRender(string sample)
    {
        var render = fixture.Renders[sample];
        var chapters = render.Result.Manifest.Chapters;
        var audio = render.Epub.AudioEntries;
        Assert.Equal(chapters.Count, audio.Count);
        for (var c = 0; c < chapters.Count; c++)
        {
            var cues = CueStarts(await File.ReadAllTextAsync(Path.Combine(render.OutputDirectory, chapters[c].CaptionsFile)));
            var clips = render.Epub.Clips.Where(p => p.AudioPath == audio[c]).OrderBy(p => p.BeginMs).ToList();
            Assert.Equal(chapters[c].Segments, cues.Count);
            Assert.Equal(cues.Count, clips.Count);
            for (var i = 0; i < clips.Count; i++)
            {
                Assert.Equal(cues[i], clips[i].BeginMs);
                Assert.Equal(i + 1 < cues.Count ? cues[i + 1] : chapters[c].DurationMs, clips[i].EndMs);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void RenderAsync_Epub3_PackageDeclaresEachOverlaysDurationAndTheirSum(string sample)
    {
        var epub = fixture.Renders[sample].Epub;
        XNamespace opf = "http://www.idpf.org/2007/opf";
        var metas = epub.Package.Descendants(opf + "meta").Where(m => m.Attribute("property")?.Value == "media:duration").ToList();
        var overlays = epub.Clips.GroupBy(c => c.SmilPath).ToList();
        long total = 0;
        foreach (var overlay in overlays)
        {
            var id = epub.ItemPaths.Single(i => i.Value == overlay.Key).Key;
            var declared = metas.Single(m => m.Attribute("refines")?.Value == "#" + id);
            var sum = overlay.Sum(c => c.EndMs - c.BeginMs);
            Assert.Equal(sum, ReadAlongEpub.Clock(declared.Value));
            total += sum;
        }

        Assert.Equal(total, ReadAlongEpub.Clock(metas.Single(m => m.Attribute("refines") is null).Value));
        Assert.Contains(epub.Package.Descendants(opf + "meta"), m => m.Attribute("property")?.Value == "media:active-class" && m.Value == "readalong-active");
    }

    private static List<long> CueStarts(string vtt) =>
        CueLine().Matches(vtt).Select(m => (long)TimeSpan.ParseExact(m.Groups[1].Value, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture).TotalMilliseconds).ToList();

    [GeneratedRegex(@"^(\d{2}:\d{2}:\d{2}\.\d{3}) --> ", RegexOptions.Multiline)]
    private static partial Regex CueLine();
}
