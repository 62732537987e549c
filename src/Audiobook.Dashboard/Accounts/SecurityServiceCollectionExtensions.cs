using System.Threading.RateLimiting;
using Audiobook.Dashboard.Hosting;
using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Dashboard.Accounts;

/// <summary>Sign-in (cookie for pages, bearer token for the API), roles, the sign-in rate limit and antiforgery.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        services.AddAuthentication(DashboardClaims.CookieScheme)
            .AddCookie(DashboardClaims.CookieScheme, cookie =>
            {
                cookie.Cookie.Name = "audiobook.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.AccessDeniedPath = "/denied";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(DashboardClaims.BearerScheme, null);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(DashboardClaims.CookieScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, policy => policy.AddAuthenticationSchemes(DashboardClaims.CookieScheme).RequireRole(Role(UserRole.Admin), Role(UserRole.Operator)))
            .AddPolicy(Policies.Operator, policy => policy.AddAuthenticationSchemes(DashboardClaims.CookieScheme).RequireRole(Role(UserRole.Operator)))
            .AddPolicy(Policies.Api, policy => policy.AddAuthenticationSchemes(DashboardClaims.BearerScheme).RequireAuthenticatedUser());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policies.SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.SignInAttemptsPerWindow,
                    Window = settings.SignInWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "audiobook.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Roles are stored and carried lower-case (<c>member</c>, <c>admin</c>, <c>operator</c>).</summary>
    public static string Role(UserRole role) => role.ToString().ToLowerInvariant();
}
