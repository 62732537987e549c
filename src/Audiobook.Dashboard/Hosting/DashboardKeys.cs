using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Hosting;

/// <summary>The data-protection keys behind sign-in cookies and antiforgery tokens: kept in the shared store, so a sign-in
/// outlives a restart and every dashboard instance reads the others' cookies; encrypted at rest with
/// <see cref="DashboardOptions.KeyCertificate"/> when one is configured.</summary>
internal static class DashboardKeys
{
    public static IServiceCollection AddDashboardKeys(this IServiceCollection services, string directory, DashboardOptions options)
    {
        var protection = services.AddDataProtection().SetApplicationName("audiobook-dashboard").PersistKeysToFileSystem(new DirectoryInfo(directory));
        if (!string.IsNullOrEmpty(options.KeyCertificate))
        {
            protection.ProtectKeysWithCertificate(LoadCertificate(options.KeyCertificate, options.KeyCertificatePassword));
        }

        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string password)
    {
        const string Key = DashboardOptions.Section + ":" + nameof(DashboardOptions.KeyCertificate);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Key}: no certificate file at {path}");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{Key}: {path} has no private key, so it could not decrypt the keys it encrypts");
        }
        catch (CryptographicException exception)
        {
            // The message says what failed (for example a wrong password) and never contains the password itself.
            throw new InvalidOperationException($"{Key}: {path} could not be read: {exception.Message}", exception);
        }
    }
}
