using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class RenderEventConfiguration : IEntityTypeConfiguration<RenderEvent>
{
    public void Configure(EntityTypeBuilder<RenderEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(e => new { e.RenderId, e.Id });
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.HasOne<Render>().WithMany().HasForeignKey(e => e.RenderId).OnDelete(DeleteBehavior.Cascade);
    }
}
