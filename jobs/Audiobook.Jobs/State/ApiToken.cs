namespace Audiobook.Jobs.State;

/// <summary>A bearer token for the REST API. Only its SHA-256 is stored; the token itself is shown once.</summary>
public sealed class ApiToken
{
    public Guid Id { get; init; }

    public Guid PublisherId { get; init; }

    public required string Name { get; set; }

    /// <summary>The first characters of the token, to recognize it in a list without revealing it.</summary>
    public required string Prefix { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole token (tokens are 256 random bits, so a fast hash is enough).</summary>
    public required string Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
