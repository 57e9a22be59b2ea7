using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Parley.Features.Sites;

/// <summary>
/// CORS for the widget API: a request may come only from the origins of the site named in its route.
/// No credentials are allowed: the widget authenticates with a bearer token, never a cookie.
/// </summary>
internal sealed class SiteCorsPolicyProvider(SiteDirectory sites) : ICorsPolicyProvider
{
    public const string WidgetPolicy = "widget";

    private static readonly CorsPolicy Deny = new CorsPolicyBuilder().Build();

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != WidgetPolicy || context.GetRouteValue("site") is not string slug)
        {
            return Deny;
        }

        var site = await sites.FindAsync(slug, context.RequestAborted);
        if (site is null)
        {
            return Deny;
        }

        return new CorsPolicyBuilder()
            .WithOrigins([.. site.AllowedOrigins])
            .AllowAnyHeader()
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithExposedHeaders("Retry-After", "Location")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))
            .Build();
    }
}
