using System.Net;
using Audiobook.Dashboard.Hosting;
using Audiobook.Dashboard.Tests.Support;
using Audiobook.Testing;
using Microsoft.Extensions.Configuration;

namespace Audiobook.Dashboard.Tests;

/// <summary>With <c>Dashboard:KeyCertificate</c> set, the keys behind sign-in cookies are encrypted at rest, a restarted
/// dashboard still reads the cookies they signed, and a certificate that cannot be read stops the start with one line.</summary>
public sealed class KeyEncryptionTests(EncryptedKeysDashboardFixture dashboard) : IClassFixture<EncryptedKeysDashboardFixture>
{
    [Fact]
    public async Task SignIn_WithAKeyCertificate_KeysEncryptedAtRestAndTheCookieOutlivesARestart()
    {
        var (publisher, _) = await dashboard.AddTenantAsync("Sealed Keys House");
        await dashboard.AddUserAsync(publisher.Id, "editor@sealed.example");
        var cookies = new CookieContainer();
        using (var before = DashboardForms.Browser(dashboard.Url, cookies))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DashboardForms.SignInAsync(before, "editor@sealed.example", DashboardFixture.Password)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/books")).StatusCode);
        }

        await dashboard.StopDashboardAsync();
        await dashboard.StartDashboardAsync();
        using var after = DashboardForms.Browser(dashboard.Url, cookies);
        var books = await after.GetAsync("/books");

        Assert.Equal(HttpStatusCode.OK, books.StatusCode);
        var keys = Directory.GetFiles(dashboard.KeysDirectory, "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key);
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_KeyCertificateWithAWrongPassword_OneLineNamingTheSettingAndNotThePassword()
    {
        var settings = dashboard.Settings();
        settings["Dashboard:KeyCertificatePassword"] = "not the password 4711";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var error = Assert.Throws<InvalidOperationException>(() => DashboardHost.Build(configuration));

        Assert.StartsWith("Dashboard:KeyCertificate: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password 4711", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
