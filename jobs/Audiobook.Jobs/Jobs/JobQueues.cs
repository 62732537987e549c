namespace Audiobook.Jobs.Jobs;

/// <summary>Hangfire queues. The PostgreSQL storage fetches queues in alphabetical order, so the names set priority:
/// finishing a book first, then planning new renders (cheap, fans out), then chapters, then maintenance.</summary>
public static class JobQueues
{
    public const string Assemble = "a_assemble";
    public const string Plan = "b_plan";
    public const string Chapter = "c_chapter";
    public const string Maintenance = "z_maint";

    public static IReadOnlyList<string> All { get; } = [Assemble, Plan, Chapter, Maintenance];
}
