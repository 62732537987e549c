using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Hosting;
using Audiobook.Jobs.Queries;
using Microsoft.Extensions.Options;

namespace Audiobook.Dashboard.Renders;

/// <summary>A render's progress as server-sent events, read from the render's rows in PostgreSQL (which running chapters
/// update in place) every <see cref="DashboardOptions.ProgressInterval"/>: an event whenever something changed, the
/// last one when the render has finished. Nothing lives in the dashboard's memory, so a reload, a second tab or a
/// restarted dashboard simply reads the rows again.</summary>
public sealed class RenderProgressFeed(RenderQueries queries, IOptions<DashboardOptions> options, TimeProvider timeProvider)
{
    public const string ProgressEvent = "progress";

    public const string DoneEvent = "done";

    public async IAsyncEnumerable<SseItem<RenderDto>> WatchAsync(Guid renderId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var detail = await queries.FindAsync(renderId, 0, cancellationToken);
            if (detail is null)
            {
                yield break;
            }

            var dto = RenderDto.Of(detail.Summary, detail.Chapters);
            var json = JsonSerializer.Serialize(dto);
            if (detail.Summary.IsFinished)
            {
                yield return new SseItem<RenderDto>(dto, DoneEvent);
                yield break;
            }

            if (json != last)
            {
                last = json;
                yield return new SseItem<RenderDto>(dto, ProgressEvent);
            }

            await Task.Delay(options.Value.ProgressInterval, timeProvider, cancellationToken);
        }
    }
}
