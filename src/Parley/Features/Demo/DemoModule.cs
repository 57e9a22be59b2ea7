using Microsoft.Extensions.Options;
using Parley.Features.Sites;

namespace Parley.Features.Demo;

/// <summary>
/// The demo news site a first run serves at <c>/</c>: a front page with live comment counts and three
/// article pages with the widget, so a new user sees Parley working in one step.
/// </summary>
public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (IOptions<SeedOptions> seed) => Html(seed.Value.Demo ? DemoPages.Front(seed.Value.PublicUrl) : DemoPages.Welcome()))
            .ExcludeFromDescription();
        app.MapGet("/articles/{slug}", (string slug, IOptions<SeedOptions> seed) =>
                DemoArticles.All.FirstOrDefault(a => a.Slug == slug) is { } article && seed.Value.Demo
                    ? Html(DemoPages.Article(seed.Value.PublicUrl, article))
                    : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Html(string page) => TypedResults.Content(page, "text/html; charset=utf-8");
}
