using Audiobook.Dashboard.Renders;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;

namespace Audiobook.Dashboard.Tests;

public sealed class RenderFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "render-files-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void List_RenderBeingWritten_ShowsOnlyFinishedDeliverables()
    {
        foreach (var name in new[]
        {
            "Book.m4b", "Book.epub", "manifest.json", "mp3/01_One.mp3", "captions/01_One.vtt",
            "mp3/.02_Two.3f2a.partial.mp3", ".render/chapter-001.json", "Book.m4b.9c1d.tmp",
        })
        {
            var path = Path.Combine(_root, "renders", "r1", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        var files = new RenderFiles(new FolderStore(_root)).List(NewRender("renders/r1"));

        Assert.Equal(["Book.epub", "Book.m4b", "captions/01_One.vtt", "manifest.json", "mp3.zip", "mp3/01_One.mp3"], files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal("application/epub+zip", files.Single(f => f.Name == "Book.epub").ContentType);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Render NewRender(string outputKey) => new()
    {
        Model = "qwen3-tts-flash-realtime",
        Voice = "Ethan",
        Profile = "audiobook",
        Formats = "m4b,mp3,epub3",
        Region = "cn",
        CreatedBy = "test",
        Currency = "CNY",
        OutputKey = outputKey,
    };

    /// <summary>The output store as a plain folder (the seam the dashboard reads through).</summary>
    private sealed class FolderStore(string root) : IOutputStore
    {
        public string PathOf(string key) => Path.Combine(root, key);

        public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken) => throw new NotSupportedException();

        public bool Exists(string key) => File.Exists(PathOf(key));

        public void Delete(string key) => File.Delete(PathOf(key));
    }
}
