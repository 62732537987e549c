using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audiobook.Jobs.State.Model;

internal sealed class NightlyRunConfiguration : IEntityTypeConfiguration<NightlyRun>
{
    public void Configure(EntityTypeBuilder<NightlyRun> builder) => builder.HasKey(n => n.Night);
}
