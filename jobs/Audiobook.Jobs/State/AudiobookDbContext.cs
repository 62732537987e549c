using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.State;

/// <summary>The service's own state in PostgreSQL (Hangfire keeps its queues in the <c>hangfire</c> schema beside it).
/// The schema is changed only by migrations, applied by the one explicit <c>audiobook migrate</c> step.</summary>
public sealed class AudiobookDbContext(DbContextOptions<AudiobookDbContext> options) : DbContext(options)
{
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
    }
}
