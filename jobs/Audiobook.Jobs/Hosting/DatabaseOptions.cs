using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.Hosting;

/// <summary>The PostgreSQL database the service keeps its state and Hangfire's queues in (bound from
/// <c>ConnectionStrings</c>, so <c>ConnectionStrings:Audiobook</c> names it).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    /// <summary>An Npgsql connection string, e.g. <c>Host=127.0.0.1;Port=5432;Database=audiobook;Username=audiobook</c>.
    /// Keep the pool size times the processes under the server's <c>max_connections</c>.</summary>
    [Required(ErrorMessage = "ConnectionStrings:Audiobook is not set: the service needs a PostgreSQL connection string (scripts/serve.sh writes one to stack.env)")]
    public string? Audiobook { get; init; }
}
