using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Audiobook.Jobs.State;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a live database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AudiobookDbContext>
{
    public AudiobookDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AudiobookDbContext>()
            .UseNpgsql("Host=localhost;Database=audiobook_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
