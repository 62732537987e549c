using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.State;

/// <summary>The service's own state in PostgreSQL (Hangfire keeps its queues in the <c>hangfire</c> schema beside it).
/// The schema is changed only by migrations, applied by the one explicit <c>audiobook migrate</c> step.
/// Tenancy lives here and only here: with an <see cref="ITenantScope"/> every query of a publisher's rows (and of its
/// renders' chapters and events) is limited to that publisher by a global query filter, so an id of another publisher's
/// book or render finds nothing. Without one (workers, the CLI) the filters are off.</summary>
public sealed class AudiobookDbContext(DbContextOptions<AudiobookDbContext> options, ITenantScope? tenant = null) : DbContext(options)
{
    /// <summary>Read by the query filters on every query (a member of the context, so EF Core passes it as a parameter
    /// of each query rather than baking the first tenant into the cached model; efcore #33765).</summary>
    private bool Scoped => tenant is not null;

    private Guid TenantId => tenant?.PublisherId ?? Guid.Empty;

    public DbSet<Publisher> Publishers => Set<Publisher>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Render> Renders => Set<Render>();

    public DbSet<RenderChapter> RenderChapters => Set<RenderChapter>();

    public DbSet<RenderEvent> RenderEvents => Set<RenderEvent>();

    public DbSet<RateBucket> RateBuckets => Set<RateBucket>();

    public DbSet<NightlyRun> NightlyRuns => Set<NightlyRun>();

    public DbSet<PublisherVoice> PublisherVoices => Set<PublisherVoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AudiobookDbContext).Assembly);
        modelBuilder.Entity<Publisher>().HasQueryFilter(p => !Scoped || p.Id == TenantId);
        modelBuilder.Entity<User>().HasQueryFilter(u => !Scoped || u.PublisherId == TenantId);
        modelBuilder.Entity<ApiToken>().HasQueryFilter(t => !Scoped || t.PublisherId == TenantId);
        modelBuilder.Entity<Book>().HasQueryFilter(b => !Scoped || b.PublisherId == TenantId);
        modelBuilder.Entity<Render>().HasQueryFilter(r => !Scoped || r.PublisherId == TenantId);
        modelBuilder.Entity<PublisherVoice>().HasQueryFilter(v => !Scoped || v.PublisherId == TenantId);
        modelBuilder.Entity<RenderChapter>().HasQueryFilter(c => !Scoped || Renders.Any(r => r.Id == c.RenderId));
        modelBuilder.Entity<RenderEvent>().HasQueryFilter(e => !Scoped || Renders.Any(r => r.Id == e.RenderId));
    }
}
