using Audiobook.Cli.Engine;
using Audiobook.Cli.Rendering;
using Audiobook.Rendering;

namespace Audiobook.Cli.Commands;

/// <summary><c>render</c>: a book into a finished audiobook (M4B, per-chapter MP3, captions, manifest).</summary>
internal sealed class RenderCommand(TimeProvider time) : ICliCommand
{
    public string Name => "render";

    public string Usage =>
        "render <book> --out <dir> [--voice V] [--model M] [--profile acx|podcast|r128|audiobook] [--format m4b,mp3] [--chapters 3,7] [--concurrency N] [--rpm N] [--force]";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var options = RenderArguments.Parse(arguments);
        var output = arguments.Get("out") ?? throw new CliException("--out <dir> is required");
        var includeFront = arguments.Has("include-front-matter");
        var includeBack = arguments.Has("include-back-matter");
        arguments.RejectUnknown();

        var job = await RenderJob.PrepareAsync(options, includeFront, includeBack, console, cancellationToken).ConfigureAwait(false);
        await using var engine = await TtsEngine.StartAsync(options.Region, cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"rendering '{job.Book.Book.Metadata.Title}' with {job.Voice.Voice} on {job.Voice.Model} via {engine.Description}").ConfigureAwait(false);

        var result = await job.RunAsync(engine, Path.GetFullPath(output), time, console, cancellationToken).ConfigureAwait(false);
        await RenderSummary.WriteAsync(result, console.Out).ConfigureAwait(false);
        if (result.Warning is not null)
        {
            await console.Error.WriteLineAsync("warning: " + result.Warning).ConfigureAwait(false);
        }

        return 0;
    }
}
