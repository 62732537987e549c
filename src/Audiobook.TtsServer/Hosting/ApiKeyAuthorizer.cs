using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Hosting;

/// <summary>Checks <c>Authorization: Bearer &lt;key&gt;</c> (scheme case-insensitive, as the old Python SDK's lower-case "bearer" worked).
/// With no configured keys any non-empty key passes.</summary>
internal sealed class ApiKeyAuthorizer(IOptions<LocalTtsServerOptions> options, ServerStatistics statistics)
{
    public bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var authorized = space > 0
            && header[..space].Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            && header[(space + 1)..].Trim() is { Length: > 0 } key
            && (options.Value.ApiKeys.Count == 0 || options.Value.ApiKeys.Any(k => FixedTimeEquals(k, key)));
        if (!authorized)
        {
            statistics.UnauthorizedRequest();
        }

        return authorized;
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
