using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Rendering.Graph;
using Audiobook.Rendering.Tests.EndToEnd;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>Renders an EPUB sample (source XHTML marked in place) and a Markdown sample (generated chapters) once, as
/// read-along EPUBs, through the real local TTS server and ffmpeg; the tests inspect what came out.</summary>
public sealed class ReadAlongRenderFixture : IAsyncLifetime
{
    public static readonly string[] Samples = ["english-epub3.epub", "chinese.md"];

    private RenderHarness? _harness;

    internal Dictionary<string, ReadAlongRender> Renders { get; } = [];

    internal string CacheDirectory => _harness!.CacheDirectory;

    public async Task InitializeAsync()
    {
        _harness = await RenderHarness.StartAsync();
        foreach (var sample in Samples)
        {
            var book = await BookReader.ReadAsync(Path.Combine(RepositoryRoot.Samples, sample), IngestOptions.Default, CancellationToken.None);
            var output = _harness.Output(Path.GetFileNameWithoutExtension(sample));
            var settings = _harness.Settings(output, OutputFormats.Epub3);
            var result = await _harness.RenderAsync(book, settings);
            var plans = ChapterPlanner.Plan(book, new BookSegmenter(new SegmenterOptions()).Segment(book), settings);
            Renders[sample] = new ReadAlongRender(sample, book, plans, result, output, ReadAlongEpub.Open(result.EpubPath!));
        }
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
