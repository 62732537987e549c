using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class BookConfiguration : IEntityTypeConfiguration<Book>
{
    public void Configure(EntityTypeBuilder<Book> builder)
    {
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.PublisherId, b.CreatedAt });
        builder.Property(b => b.Format).HasMaxLength(16);
        builder.Property(b => b.SourceSha256).HasMaxLength(64);
        builder.Property(b => b.Chapters).AsJson();
        builder.HasOne<Publisher>().WithMany().HasForeignKey(b => b.PublisherId).OnDelete(DeleteBehavior.Restrict);
    }
}
