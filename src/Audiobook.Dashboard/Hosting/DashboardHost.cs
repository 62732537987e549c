using Audiobook.Dashboard.Accounts;
using Audiobook.Dashboard.Api;
using Audiobook.Dashboard.Books;
using Audiobook.Dashboard.Renders;
using Audiobook.Dashboard.Voices;
using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Audiobook.Jobs.Submissions;
using Audiobook.Tts;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audiobook.Dashboard.Hosting;

/// <summary>The dashboard process: Razor Pages for publishers, the REST API under <c>/api/v1</c>, the OpenAPI document,
/// the Hangfire dashboard for operators and <c>/health</c>. It enqueues jobs; it never runs them.</summary>
public static class DashboardHost
{
    /// <summary>Builds the dashboard on <paramref name="configuration"/>; <paramref name="configure"/> lets a test add
    /// its log provider before the build.</summary>
    public static WebApplication Build(IConfiguration configuration, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            // Razor Pages are found in this assembly whoever starts the host (the tests, the benchmark).
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(configuration[DashboardOptions.Section + ":" + nameof(DashboardOptions.Urls)] ?? new DashboardOptions().Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAudiobookJobClient();
        services.AddAudiobookQueries();
        services.AddAudiobookHealthChecks();
        services.AddAudiobookMetrics();
        services.AddTtsClient();
        services.AddHttpContextAccessor();
        services.AddScoped<ITenantScope, RequestTenant>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<PreparedBooks>();
        services.AddScoped<BookService>();
        services.AddScoped<RenderFiles>();
        services.AddScoped<VoiceService>();
        services.AddScoped<RenderProgressFeed>();
        services.AddHttpClient();
        services.AddDashboardSecurity(builder.Configuration);
        // Sign-in cookies and antiforgery tokens outlive a restart, and every dashboard instance reads the others', when
        // the keys sit in the output store that all of them mount.
        var storageRoot = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Root ?? new StorageOptions().Root;
        services.AddDashboardKeys(Path.Combine(storageRoot, "dashboard-keys"), builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions());
        services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/").AllowAnonymousToPage("/SignIn").AuthorizeFolder("/Operators", Policies.Operator));
        services.AddProblemDetails();
        services.AddOpenApi();
        // Uploads: the body is refused past the book cap (plus room for the multipart envelope) before it is read.
        var maxUpload = builder.Configuration.GetSection(UploadOptions.Section).Get<UploadOptions>()?.MaxBytes ?? new UploadOptions().MaxBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxUpload + (1024 * 1024));
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxUpload + (1024 * 1024));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAudiobookHealth();
        app.MapAudiobookMetrics();
        app.MapOpenApi();
        app.MapRazorPages();
        app.MapDashboardEndpoints();
        app.MapApi();
        // The Hangfire dashboard's own filter allows local requests only; this overload replaces it with the operator
        // policy (MapHangfireDashboard().RequireAuthorization keeps the local-only filter too: Hangfire #1593, #1686).
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Operator, "/hangfire", new Hangfire.DashboardOptions
        {
            AppPath = "/operator",
            DashboardTitle = "Audiobook jobs",
            DisplayStorageConnectionString = false,
        });
        return app;
    }
}
