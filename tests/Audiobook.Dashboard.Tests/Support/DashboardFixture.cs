using System.Net;
using System.Net.Http.Headers;
using Audiobook.Dashboard.Hosting;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audiobook.Dashboard.Tests.Support;

/// <summary>The render service's own fixture (a fresh database on the throwaway PostgreSQL cluster, the local TTS server,
/// a temporary store) plus the dashboard on Kestrel at a free loopback port, logging to a file the tests read.</summary>
public class DashboardFixture : ServiceFixture, IAsyncLifetime
{
    public const string Password = "open sesame 12345";

    private WebApplication? _dashboard;

    public Uri Url { get; private set; } = null!;

    public string LogFile => Path.Combine(StoreRoot, "dashboard.log");

    /// <summary>Sign-in POSTs one address may make per minute (the throttle test's fixture lowers it).</summary>
    protected virtual int SignInAttempts => 1000;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Uploads:MaxBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Dashboard:Urls"] = "http://127.0.0.1:0",
        ["Dashboard:MaxFailedSignIns"] = "3",
        ["Dashboard:SignInAttemptsPerWindow"] = SignInAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Dashboard:ProgressInterval"] = "00:00:00.300",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await StartDashboardAsync();
    }

    /// <summary>Starts (or starts again, as after a crash) the dashboard process's host on its free port.</summary>
    public async Task StartDashboardAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build();
        _dashboard = DashboardHost.Build(configuration, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Debug);
            builder.Logging.AddProvider(new FileLoggerProvider(LogFile));
        });
        await _dashboard.StartAsync();
        var address = _dashboard.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Url = new Uri(address);
    }

    public async Task StopDashboardAsync()
    {
        if (_dashboard is not null)
        {
            await _dashboard.StopAsync();
            await _dashboard.DisposeAsync();
            _dashboard = null;
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await StopDashboardAsync();
        await DisposeAsync();
    }

    /// <summary>A publisher with an API token.</summary>
    public async Task<(Publisher Publisher, string Token)> AddTenantAsync(string name, long? budget = null)
    {
        var publisher = await this.AddPublisherAsync(name, budget);
        var (_, secret) = await this.WithAsync(s => s.GetRequiredService<ApiTokens>().CreateAsync(publisher.Id, "test", CancellationToken.None));
        return (publisher, secret);
    }

    public Task<User> AddUserAsync(Guid publisherId, string email, UserRole role = UserRole.Member) =>
        this.WithAsync(s => s.GetRequiredService<UserDirectory>().AddAsync(publisherId, email, Password, role, CancellationToken.None));

    public HttpClient Api(string token)
    {
        var client = new HttpClient { BaseAddress = Url };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) that has not signed in.</summary>
    public HttpClient Browser() => DashboardForms.Browser(Url);

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = Browser();
        var response = await DashboardForms.SignInAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
