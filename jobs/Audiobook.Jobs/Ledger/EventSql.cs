namespace Audiobook.Jobs.Ledger;

/// <summary>The append to <c>render_events</c>, on the database's clock.</summary>
internal static class EventSql
{
    public const string Insert =
        "INSERT INTO render_events (render_id, chapter_number, at, kind, message, worker) VALUES (@render, @chapter, now(), @kind, @message, @worker)";
}
