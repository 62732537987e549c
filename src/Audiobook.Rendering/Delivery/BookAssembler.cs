using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Audiobook.Core.Books;
using Audiobook.Media.Encoding;

namespace Audiobook.Rendering.Delivery;

/// <summary>Muxes the chapters' AAC files into one M4B with chapter markers (real titles), cover and tags.
/// The AAC was encoded per chapter as the chapters finished, so this step only copies streams.
/// It is skipped when the same chapters were already muxed into an existing file. Returns the chapter marks as
/// written (they follow the encoded AAC frames, so they can differ from the PCM lengths by tens of milliseconds).</summary>
internal sealed class BookAssembler(AudioEncoder encoder, string workDirectory)
{
    public async Task<(string Path, IReadOnlyList<ChapterMarker> Marks)?> AssembleAsync(Book book, RenderSettings settings, IReadOnlyList<ChapterState> states, CancellationToken cancellationToken)
    {
        var ordered = states.OrderBy(s => s.Number).ToList();
        var inputs = ordered.Select(s => s.AacFile is null ? null : Path.Combine(workDirectory, s.AacFile)).ToList();
        if (inputs.Any(p => p is null || !File.Exists(p)))
        {
            return null;
        }

        var name = (settings.BookFileName ?? Graph.ChapterPlanner.SafeName(book.Metadata.Title, "book")) + ".m4b";
        var output = Path.Combine(settings.OutputDirectory, name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', ordered.Select(s => s.Hash)))));
        var statePath = Path.Combine(workDirectory, "book.json");
        if (File.Exists(output) && File.Exists(statePath)
            && JsonSerializer.Deserialize<BookState>(await File.ReadAllTextAsync(statePath, cancellationToken).ConfigureAwait(false), ManifestJson.Options) is { } previous
            && previous.Hash == hash)
        {
            return (output, previous.Marks);
        }

        var markers = new List<ChapterMarker>();
        var start = TimeSpan.Zero;
        foreach (var s in ordered)
        {
            var end = start + TimeSpan.FromMilliseconds(s.DurationMs);
            markers.Add(new ChapterMarker(s.Title, start, end));
            start = end;
        }

        var tags = BookTags.For(book, settings.Voice);
        var marks = await encoder.MuxM4bAsync(inputs!, markers, tags, book.Cover, output, cancellationToken).ConfigureAwait(false);
        await AtomicFile.WriteAllTextAsync(statePath, JsonSerializer.Serialize(new BookState(hash, marks), ManifestJson.Options), cancellationToken).ConfigureAwait(false);
        return (output, marks);
    }
}
