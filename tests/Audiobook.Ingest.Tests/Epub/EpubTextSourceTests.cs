using System.IO.Compression;
using Audiobook.Core.Books;
using Audiobook.Core.Text;
using Audiobook.Ingest.Epub;

namespace Audiobook.Ingest.Tests.Epub;

/// <summary>Every EPUB block records where its text stands in its document; the map must point at the very characters.</summary>
public sealed class EpubTextSourceTests
{
    [Theory]
    [InlineData("samples/english-epub3.epub")]
    [InlineData("samples/english-epub2.epub")]
    [InlineData("tests/Audiobook.Ingest.Tests/Fixtures/grouped-anthology.epub")]
    [InlineData("tests/Audiobook.Ingest.Tests/Fixtures/nested-ncx.epub")]
    public async Task Read_Book_EverySourcedCharacterIsTheDocumentCharacter(string path)
    {
        var options = IngestOptions.Default with { IncludeFrontMatter = true, IncludeBackMatter = true };
        var book = await BookReader.ReadAsync(Path.Combine(RepositoryRoot.Path, path), options, CancellationToken.None);
        using var zip = new ZipArchive(new MemoryStream(book.SourceArchive.ToArray()));
        var streams = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedCharacters = 0;

        foreach (var block in book.Chapters.SelectMany(c => c.Blocks).Where(b => b.Kind != BlockKind.SceneBreak))
        {
            var source = Assert.IsType<TextSource>(block.Source);
            if (!streams.TryGetValue(source.Document, out var stream))
            {
                stream = streams[source.Document] = StreamOf(zip, source.Document);
            }

            foreach (var run in source.Map.Runs.Where(r => !r.IsInserted && r.TextLength == r.SourceLength))
            {
                for (var i = 0; i < run.TextLength; i++)
                {
                    var shown = block.Text[run.TextStart + i];
                    var original = stream[run.SourceStart + i];
                    Assert.True(shown == original || (shown == ' ' && char.IsWhiteSpace(original)), $"{source.Document}: '{shown}' maps to '{original}' in \"{block.Text}\"");
                    checkedCharacters++;
                }
            }

            Assert.NotNull(source.Map.Map(new TextSpan(0, block.Text.Length)));
        }

        Assert.True(checkedCharacters > 1000, $"only {checkedCharacters} characters checked");
    }

    [Fact]
    public void Read_NoteReferenceAndLineBreak_MapAroundTheSkippedAndInsertedText()
    {
        var book = SimpleEpub.Read(SimpleEpub.Epub3(("c.xhtml", "C", "<p>The list[<a epub:type=\"noteref\" href=\"#n\">7</a>] was<br/>long.</p>")));
        var block = book.Chapters[0].Blocks[0];
        var map = block.Source!.Map;

        Assert.Equal("The list was long.", block.Text);
        var was = block.Text.IndexOf("was", StringComparison.Ordinal);
        var fromWas = map.Map(new TextSpan(was, block.Text.Length - was))!.Value;
        var whole = map.Map(new TextSpan(0, block.Text.Length))!.Value;
        Assert.True(fromWas.Start > whole.Start + "The list[7]".Length - 1, "\"was\" maps past the skipped note reference");
        Assert.Equal(whole.End, fromWas.End);
    }

    private static string StreamOf(ZipArchive zip, string document)
    {
        using var entry = zip.GetEntry(document)!.Open();
        using var buffer = new MemoryStream();
        entry.CopyTo(buffer);
        var html = EpubHtml.Parse(buffer.ToArray(), document);
        return string.Concat(EpubTextStream.Nodes(html).Select(n => n.Node.Data));
    }
}
