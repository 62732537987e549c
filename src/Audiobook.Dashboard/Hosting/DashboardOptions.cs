using System.ComponentModel.DataAnnotations;

namespace Audiobook.Dashboard.Hosting;

/// <summary>The dashboard's own settings (bound from <c>Dashboard</c>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Where Kestrel listens (<c>Dashboard:Urls</c>); scripts/serve.sh sets the stack's port.</summary>
    [Required]
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts (POSTs) one client address may make per <see cref="SignInWindow"/>; more get 429.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerWindow { get; init; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SignInWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a render page's live progress re-reads the render's rows.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Sentences of the book's first chapter a voice preview reads.</summary>
    [Range(1, 20)]
    public int PreviewSentences { get; init; } = 3;

    /// <summary>A PKCS#12 (.pfx) certificate whose key encrypts the sign-in cookie and antiforgery keys at rest in the shared
    /// store (<c>Dashboard:KeyCertificate</c>); empty keeps them unencrypted, protected only by the store's file permissions.</summary>
    public string KeyCertificate { get; init; } = "";

    /// <summary>The password of <see cref="KeyCertificate"/> (a secret: set it from the environment,
    /// <c>AUDIOBOOK__Dashboard__KeyCertificatePassword</c>).</summary>
    public string KeyCertificatePassword { get; init; } = "";
}
