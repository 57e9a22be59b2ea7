using Microsoft.AspNetCore.Cors.Infrastructure;
using Parley.Features.Stories;

namespace Parley.Features.Sites;

public static class SitesModule
{
    public static IServiceCollection AddSites(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SiteDirectory>();
        services.AddScoped<StoryResolver>();
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, SiteCorsPolicyProvider>();
        return services;
    }

    /// <summary>
    /// The widget API: <c>/api/v1/sites/{site}/…</c>. The site is in every path so CORS, tenancy and
    /// tokens are all checked against the same site.
    /// </summary>
    public static RouteGroupBuilder MapWidgetApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/sites/{site}")
            .RequireCors(SiteCorsPolicyProvider.WidgetPolicy)
            .WithTags("Widget");
}
