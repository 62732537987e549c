using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class RenderChapterConfiguration : IEntityTypeConfiguration<RenderChapter>
{
    public void Configure(EntityTypeBuilder<RenderChapter> builder)
    {
        builder.HasKey(c => new { c.RenderId, c.Number });
        builder.HasIndex(c => new { c.State, c.HeartbeatAt });
        builder.Property(c => c.State).HasConversion(new StoredEnum<ChapterRunState>()).HasMaxLength(16);
        builder.Property(c => c.Files).AsJson();
        builder.Property(c => c.Levels).AsJson();
        builder.HasOne<Render>().WithMany().HasForeignKey(c => c.RenderId).OnDelete(DeleteBehavior.Cascade);
    }
}
