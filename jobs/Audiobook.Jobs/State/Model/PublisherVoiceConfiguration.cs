using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class PublisherVoiceConfiguration : IEntityTypeConfiguration<PublisherVoice>
{
    public void Configure(EntityTypeBuilder<PublisherVoice> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.PublisherId, v.VoiceId }).IsUnique();
        builder.Property(v => v.Kind).HasMaxLength(16);
        builder.HasOne<Publisher>().WithMany().HasForeignKey(v => v.PublisherId).OnDelete(DeleteBehavior.Restrict);
    }
}
