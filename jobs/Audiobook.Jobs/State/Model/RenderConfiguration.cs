using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class RenderConfiguration : IEntityTypeConfiguration<Render>
{
    public void Configure(EntityTypeBuilder<Render> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.PublisherId, r.CreatedAt });
        builder.HasIndex(r => new { r.State, r.Schedule, r.CreatedAt });
        builder.Property(r => r.State).HasConversion(new StoredEnum<RenderState>()).HasMaxLength(16);
        builder.Property(r => r.Schedule).HasConversion(new StoredEnum<RenderSchedule>()).HasMaxLength(16);
        builder.Property(r => r.PricePerTenThousand).HasPrecision(18, 6);
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Publisher>().WithMany().HasForeignKey(r => r.PublisherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Book>().WithMany().HasForeignKey(r => r.BookId).OnDelete(DeleteBehavior.Cascade);
    }
}
