using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Audiobook.Jobs.RateLimiting;

/// <summary>Which shared bucket a request draws from: one per model and API key (the service limits each key's use
/// of each model), named by a hash so the key itself never reaches the database.</summary>
public sealed record RateBucketKey(string Key, double RatePerSecond, double Burst)
{
    /// <summary>The bucket for <paramref name="model"/> under <paramref name="apiKey"/> at <paramref name="requestsPerMinute"/>.
    /// The burst is one request and the rate (RPM − 1)/60 per second, so any 60 s window holds at most RPM requests.</summary>
    public static RateBucketKey For(string model, string apiKey, int requestsPerMinute)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 2);
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..16];
        return new RateBucketKey(
            string.Create(CultureInfo.InvariantCulture, $"{model}:{keyHash}"),
            (requestsPerMinute - 1) / 60.0,
            1.0);
    }
}
