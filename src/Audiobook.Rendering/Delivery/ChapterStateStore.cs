using System.Text.Json;

namespace Audiobook.Rendering.Delivery;

/// <summary>Reads and writes <see cref="ChapterState"/> files under <c>&lt;out&gt;/.render/</c>, atomically.</summary>
internal sealed class ChapterStateStore(string workDirectory)
{
    private string PathFor(int number) => Path.Combine(workDirectory, $"chapter-{number:000}.json");

    public async Task<ChapterState?> LoadAsync(int number, CancellationToken cancellationToken)
    {
        var path = PathFor(number);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<ChapterState>(stream, ManifestJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null; // A damaged state file only means the chapter is rendered again.
        }
    }

    public Task SaveAsync(ChapterState state, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(PathFor(state.Number), JsonSerializer.Serialize(state, ManifestJson.Options), cancellationToken);
}
