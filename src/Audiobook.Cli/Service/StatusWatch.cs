using System.Globalization;
using System.Text.Json;
using Audiobook.Cli.Commands;
using Audiobook.Cli.Estimation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Audiobook.Cli.Service;

/// <summary><c>status --watch</c>: reads the view again every <see cref="Interval"/> from the service's own rows (which
/// running chapters update at least every two seconds; Hangfire's tables are never polled) until it is finished. On a
/// terminal the table is redrawn in place (Spectre's live display); redirected, a line is written whenever the progress
/// changes, then the final table, or with <c>--json</c> one JSON document per line.</summary>
/// <typeparam name="T">What is watched: one render, or the list.</typeparam>
internal sealed class StatusWatch<T>(
    Func<CancellationToken, Task<T>> read,
    Func<T, bool> finished,
    Func<T, IRenderable> view,
    Func<T, string> progress,
    Func<T, object> json)
{
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(1);

    private static readonly JsonSerializerOptions Compact = new(EstimateFormat.Json) { WriteIndented = false };

    public async Task RunAsync(CliContext context, bool asJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = await read(cancellationToken).ConfigureAwait(false);
        if (!asJson && !Console.IsOutputRedirected)
        {
            // Only on a real terminal: a live display writes cursor movements (spectre.console#1810; aspire#19673).
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Console.Out) });
            await console.Live(view(current)).Overflow(VerticalOverflow.Ellipsis).StartAsync(async live =>
            {
                while (!finished(current))
                {
                    await Task.Delay(Interval, context.Time, cancellationToken).ConfigureAwait(false);
                    current = await read(cancellationToken).ConfigureAwait(false);
                    live.UpdateTarget(view(current));
                    live.Refresh();
                }
            }).ConfigureAwait(false);
            return;
        }

        string? last = null;
        while (true)
        {
            var line = progress(current);
            if (line != last)
            {
                last = line;
                var text = asJson
                    ? JsonSerializer.Serialize(json(current), Compact)
                    : string.Create(CultureInfo.InvariantCulture, $"{context.Time.GetUtcNow():HH:mm:ss} {line}");
                await context.Console.Out.WriteLineAsync(text).ConfigureAwait(false);
            }

            if (finished(current))
            {
                break;
            }

            await Task.Delay(Interval, context.Time, cancellationToken).ConfigureAwait(false);
            current = await read(cancellationToken).ConfigureAwait(false);
        }

        if (!asJson)
        {
            EstimateFormat.PlainConsole(context.Console.Out).Write(view(current));
        }
    }
}
