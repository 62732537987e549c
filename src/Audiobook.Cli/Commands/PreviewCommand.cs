using Audiobook.Cli.Engine;
using Audiobook.Cli.Rendering;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering;

namespace Audiobook.Cli.Commands;

/// <summary><c>preview</c>: the first sentences of a book's first chapter, rendered to one short MP3 for listening
/// (a voice audition before paying for the whole book).</summary>
internal sealed class PreviewCommand(TimeProvider time) : ICliCommand
{
    private const int DefaultSegments = 6;

    public string Name => "preview";

    public string Usage => "preview <book> [--voice V] [--model M] [--segments N] [--out file.mp3]   a short sample to listen to";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var options = RenderArguments.Parse(arguments) with { Formats = OutputFormats.Mp3, Chapters = null };
        var count = arguments.GetInt("segments") ?? DefaultSegments;
        var target = Path.GetFullPath(arguments.Get("out") ?? Path.ChangeExtension(Path.GetFileName(options.BookPath), null) + ".preview.mp3");
        arguments.RejectUnknown();
        if (count < 1)
        {
            throw new CliException("--segments must be at least 1");
        }

        var job = await RenderJob.PrepareAsync(options, false, false, console, cancellationToken).ConfigureAwait(false);
        var first = job.Book.Chapters.FirstOrDefault(c => c.Segments.Count > 0) ?? throw new CliException("the book has no text to preview");
        var segments = first.Segments.Take(count).ToList();
        segments[^1] = segments[^1] with { PauseAfter = PauseKind.ChapterEnd };
        var sample = job with { Book = job.Book with { Chapters = [new ChapterSegments(first.Chapter, segments)] } };

        var workDirectory = Path.Combine(Path.GetTempPath(), "audiobook-preview-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var engine = await TtsEngine.StartAsync(options.Region, cancellationToken).ConfigureAwait(false);
            var result = await sample.RunAsync(engine, workDirectory, time, console, cancellationToken).ConfigureAwait(false);
            var mp3 = result.Manifest.Chapters[0].Mp3File ?? throw new CliException("the preview produced no MP3");
            File.Copy(Path.Combine(workDirectory, mp3), target, overwrite: true);
            await console.Out.WriteLineAsync($"preview: {target} ({segments.Count} segments, {result.Manifest.Chapters[0].DurationMs / 1000.0:0.0} s, voice {job.Voice.Voice})").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (Directory.Exists(workDirectory))
            {
                Directory.Delete(workDirectory, recursive: true);
            }
        }
    }
}
