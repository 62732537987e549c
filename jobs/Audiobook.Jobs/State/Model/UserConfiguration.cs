using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.Role).HasConversion(new StoredEnum<UserRole>()).HasMaxLength(16);
        builder.HasOne<Publisher>().WithMany().HasForeignKey(u => u.PublisherId).OnDelete(DeleteBehavior.Restrict);
    }
}
