using System.Text.Json;
using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>submit</c>: the book is stored, the render recorded with what <c>render</c> would use, and queued (no
/// worker runs here, so it stays queued).</summary>
public sealed class SubmitCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Submit_Book_StatusJsonShowsTheRenderQueued()
    {
        await service.AddPublisherAsync("submit");

        var id = await service.SubmitAsync("submit", CliRun.Sample("chinese.md"), "--speech-rate", "1.2", "--format", "m4b");
        var (code, output, error) = await service.RunAsync("status", id.ToString(), "--json");

        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        var render = json.GetProperty("render");
        Assert.Equal(id, render.GetProperty("id").GetGuid());
        Assert.Equal("queued", render.GetProperty("state").GetString());
        Assert.Equal("submit", render.GetProperty("publisher").GetString());
        Assert.Equal("山中的灯塔", render.GetProperty("book").GetString());
        Assert.Equal(1.2, json.GetProperty("settings").GetProperty("speech_rate").GetDouble());
        Assert.Equal("m4b", json.GetProperty("settings").GetProperty("formats").GetString());
        Assert.Equal(0, json.GetProperty("chapters").GetArrayLength());
        Assert.Equal("render.submitted", json.GetProperty("events")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Submit_BookWithSideLexicon_StoresItAsTheBooksLexicon()
    {
        await service.AddPublisherAsync("lexicon");
        var book = CliRun.Sample("plain-english.txt");

        var id = await service.SubmitAsync("lexicon", book);

        var stored = await service.WithAsync(async s =>
        {
            var db = s.GetRequiredService<AudiobookDbContext>();
            var render = await db.Renders.AsNoTracking().SingleAsync(r => r.Id == id);
            return await db.Books.AsNoTracking().SingleAsync(b => b.Id == render.BookId);
        });
        Assert.Equal(await File.ReadAllTextAsync(CliRun.Sample("plain-english.lexicon.txt")), stored.LexiconText);
        Assert.Equal("plain-english.txt", stored.SourceFileName);
    }

    [Fact]
    public async Task Submit_BookDeclaringItsVoice_RendersWithItUnlessVoiceIsGiven()
    {
        await service.AddPublisherAsync("voices");
        var folder = Directory.CreateTempSubdirectory("cli-submit-").FullName;
        try
        {
            var book = Path.Combine(folder, "ethan.md");
            await File.WriteAllTextAsync(book, "---\ntitle: Voiced\nvoice: Ethan\n---\n\n# One\n\nA sentence to read aloud.\n");

            var declared = await service.SubmitAsync("voices", book);
            var chosen = await service.SubmitAsync("voices", book, "--voice", "Cherry");

            Assert.Equal("Ethan", await VoiceAsync(declared));
            Assert.Equal("Cherry", await VoiceAsync(chosen));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Submit_Nightly_RenderIsScheduled()
    {
        await service.AddPublisherAsync("later");

        var (code, output, _) = await service.RunAsync("submit", CliRun.Sample("chinese.md"), "--publisher", "later", "--nightly", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("scheduled", json.GetProperty("state").GetString());
        Assert.Equal("nightly", json.GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task Submit_UnknownVoice_OneLineRefusalAndExit2()
    {
        await service.AddPublisherAsync("refused");

        var (code, output, error) = await service.RunAsync("submit", CliRun.Sample("chinese.md"), "--publisher", "refused", "--voice", "Nobody");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: unknown voice 'Nobody' for model qwen3-tts-flash-realtime\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Submit_UnknownPublisher_OneLineNotFoundAndExit2()
    {
        var (code, output, error) = await service.RunAsync("submit", CliRun.Sample("chinese.md"), "--publisher", "nobody");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: publisher 'nobody' not found\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Submit_MissingFile_OneLineAndNothingStored()
    {
        await service.AddPublisherAsync("missing");

        var (code, _, error) = await service.RunAsync("submit", "no-such-book.epub", "--publisher", "missing");

        Assert.Equal(2, code);
        Assert.Equal("error: no such file: no-such-book.epub\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(0, await service.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Books.CountAsync(b => b.SourceFileName == "no-such-book.epub")));
    }

    private Task<string> VoiceAsync(Guid renderId) =>
        service.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Renders.Where(r => r.Id == renderId).Select(r => r.Voice).SingleAsync());
}
