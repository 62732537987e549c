using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Audiobook.Dashboard.Tests.Support;

/// <summary>A dashboard that encrypts its data-protection keys with a self-signed certificate made for the test.</summary>
public sealed class EncryptedKeysDashboardFixture : DashboardFixture
{
    public const string CertificatePassword = "certificate secret 98765";

    private readonly Lazy<string> _certificate;

    public EncryptedKeysDashboardFixture()
    {
        _certificate = new Lazy<string>(() =>
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=audiobook dashboard keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var now = TimeProvider.System.GetUtcNow();
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            Directory.CreateDirectory(StoreRoot);
            var path = Path.Combine(StoreRoot, "dashboard-keys.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
            return path;
        });
    }

    public string KeysDirectory => Path.Combine(StoreRoot, "dashboard-keys");

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(base.ExtraSettings)
    {
        ["Dashboard:KeyCertificate"] = _certificate.Value,
        ["Dashboard:KeyCertificatePassword"] = CertificatePassword,
    };
}
