using System.Globalization;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Audiobook.Cli.Service;

/// <summary>The tables of <c>audiobook status</c>: recent renders, or one render with its chapters and latest events.</summary>
internal static class RenderTables
{
    public static IRenderable List(RenderList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (list.Renders.Count == 0)
        {
            return new Text("no renders yet: submit one with 'audiobook submit <book> --publisher <slug>'\n");
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("render")
            .AddColumn("publisher")
            .AddColumn("book")
            .AddColumn("state")
            .AddColumn(new TableColumn("chapters").RightAligned())
            .AddColumn(new TableColumn("segments").RightAligned())
            .AddColumn(new TableColumn("billed").RightAligned())
            .AddColumn(new TableColumn("cost").RightAligned())
            .AddColumn("submitted");
        foreach (var s in list.Renders)
        {
            var r = s.Render;
            table.AddRow(
                new Text(list.ShortId(r.Id)),
                new Text(s.PublisherSlug),
                new Text(s.BookTitle),
                new Text(StateText(r)),
                new Text(ServiceFormat.Progress(s.ChaptersDone, s.ChaptersTotal)),
                new Text(ServiceFormat.Progress(s.SegmentsDone, s.SegmentsTotal)),
                new Text(ServiceFormat.Number(r.BilledCharacters)),
                new Text(ServiceFormat.Money(s.Cost, r.Currency)),
                new Text(ServiceFormat.Time(r.CreatedAt)));
        }

        return table;
    }

    public static IRenderable Detail(RenderDetail detail, string shortId, string? m4bPath)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var r = detail.Render;
        var s = detail.Summary;
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.AddRow(new Text(name), new Text(value));
            }
        }

        Fact("render", $"{r.Id} ({shortId})");
        Fact("book", $"{s.BookTitle} (publisher {s.PublisherSlug})");
        Fact("state", StateText(r));
        Fact("error", r.Error);
        Fact("settings", string.Create(CultureInfo.InvariantCulture,
            $"{r.Model}, voice {r.Voice}, speech rate {r.SpeechRate}, pitch rate {r.PitchRate}, volume {r.Volume}, profile {r.Profile}, {r.Formats}, region {r.Region}"));
        Fact("submitted", $"{ServiceFormat.Time(r.CreatedAt)} by {r.CreatedBy}");
        Fact("started", r.StartedAt is null ? null : ServiceFormat.Time(r.StartedAt));
        Fact("finished", r.FinishedAt is null ? null : ServiceFormat.Time(r.FinishedAt));
        Fact("progress", $"chapters {ServiceFormat.Progress(s.ChaptersDone, s.ChaptersTotal)}, segments {ServiceFormat.Progress(s.SegmentsDone, s.SegmentsTotal)}");
        Fact("billed", $"{ServiceFormat.Number(r.BilledCharacters)} characters, {ServiceFormat.Money(s.Cost, r.Currency)} "
            + $"(without cache hits {ServiceFormat.Number(r.EstimatedBilledCharacters)}, {ServiceFormat.Money(s.EstimatedCost, r.Currency)})");
        Fact("m4b", m4bPath);
        var parts = new List<IRenderable> { facts };
        if (detail.Chapters.Count == 0)
        {
            parts.Add(new Text(r.State is RenderState.Queued or RenderState.Scheduled ? "no chapters yet: a worker plans them when the render starts" : "no chapters"));
        }
        else
        {
            parts.Add(Chapters(detail.Chapters));
        }

        if (detail.RecentEvents.Count > 0)
        {
            var events = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().NoWrap()).AddColumn().AddColumn();
            foreach (var e in detail.RecentEvents)
            {
                var where = e.ChapterNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $"chapter {n}") : "";
                events.AddRow(new Text(ServiceFormat.Time(e.At)), new Text(e.Kind), new Text(where), new Text(string.Join(' ', new[] { e.Message, e.Worker is null ? null : "on " + e.Worker }.Where(x => !string.IsNullOrEmpty(x)))));
            }

            parts.Add(new Text("recent events:"));
            parts.Add(events);
        }

        return new Rows(parts);
    }

    private static Table Chapters(IReadOnlyList<RenderChapter> chapters)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("title")
            .AddColumn("state")
            .AddColumn(new TableColumn("segments").RightAligned())
            .AddColumn(new TableColumn("attempts").RightAligned())
            .AddColumn("worker")
            .AddColumn("error");
        foreach (var c in chapters)
        {
            table.AddRow(
                new Text(c.Number.ToString(CultureInfo.InvariantCulture)),
                new Text(c.Title),
                new Text(ServiceFormat.State(c.State)),
                new Text(string.Create(CultureInfo.InvariantCulture, $"{c.SegmentsDone}/{c.SegmentsTotal}")),
                new Text(c.Attempts.ToString(CultureInfo.InvariantCulture)),
                new Text(c.Worker ?? "-"),
                new Text(c.Error ?? ""));
        }

        return table;
    }

    private static string StateText(Render render) =>
        ServiceFormat.State(render.State) + (render.State == RenderState.Scheduled ? " (nightly)" : "");
}
