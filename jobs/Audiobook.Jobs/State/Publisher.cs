namespace Audiobook.Jobs.State;

/// <summary>A tenant: a publishing house whose books, renders, voices, users and tokens are its own.</summary>
public sealed class Publisher
{
    public Guid Id { get; init; }

    /// <summary>A short unique name operators type (<c>acme-books</c>).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Billed characters this publisher may spend per calendar month (UTC); null is no limit.</summary>
    public long? MonthlyBudgetCharacters { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
