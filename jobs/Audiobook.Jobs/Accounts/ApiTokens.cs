using System.Security.Cryptography;
using System.Text;
using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;

namespace Audiobook.Jobs.Accounts;

/// <summary>API tokens for the REST API: 256 random bits, shown once, stored only as a SHA-256 hash; revocable.</summary>
public sealed class ApiTokens(AudiobookDbContext db, TimeProvider timeProvider)
{
    /// <summary>Every token starts with this, so a leaked one is easy to recognize (and to scan for).</summary>
    public const string Prefix = "abk_";

    /// <summary>Creates a token; returns its row and the token itself, which is not stored anywhere.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid publisherId, string name, CancellationToken cancellationToken)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            PublisherId = publisherId,
            Name = string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(),
            Prefix = secret[..12],
            Hash = Hash(secret),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (token, secret);
    }

    /// <summary>The live token matching <paramref name="secret"/>, or null (unknown, malformed or revoked).</summary>
    public async Task<ApiToken?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = Hash(secret);
        // Deliberately unscoped: the token is what tells whose request this is.
        return await db.ApiTokens.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RevokeAsync(Guid publisherId, Guid tokenId, CancellationToken cancellationToken) =>
        await db.ApiTokens.Where(t => t.Id == tokenId && t.PublisherId == publisherId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false) > 0;

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
