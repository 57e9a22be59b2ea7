using Microsoft.Extensions.DependencyInjection.Extensions;
using Parley.Features.Moderation;

namespace Parley.Features.Perspective;

public static class PerspectiveModule
{
    public static IServiceCollection AddPerspective(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PerspectiveOptions>().Bind(configuration.GetSection(PerspectiveOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddToxicityClassifier();
        services.AddSingleton<KeyRing>();
        services.AddSingleton<AnalyzeComment>();
        services.AddScoped<SuggestCommentScore>();
        services.AddScoped<ApiKeyService>();
        services.AddHostedService<KeyUsageRecorder>();

        // First in line, so errors under /v1alpha1 that happen before routing (body cap, 404, 405) are
        // written in Google's shape; every other path falls through to the ProblemDetails writers.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, GoogleProblemDetailsWriter>());
        return services;
    }

    /// <summary>
    /// Perspective's REST paths at the server root, so a client changes only its base URL
    /// (<c>https://commentanalyzer.googleapis.com</c> → Parley's). Keys, not cookies or CORS, authorise.
    /// </summary>
    public static IEndpointRouteBuilder MapPerspective(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1alpha1").WithTags("Perspective").AddEndpointFilter(GoogleErrors.FilterAsync);

        api.MapPost("/comments:analyze", (HttpContext http, AnalyzeComment useCase, CancellationToken ct) => useCase.ExecuteAsync(http, ct))
            .WithName("PerspectiveAnalyze").WithSummary("Perspective AnalyzeComment: scores for the requested attributes (key in ?key= or X-Goog-Api-Key).");

        api.MapPost("/comments:suggestscore", (HttpContext http, SuggestCommentScore useCase, CancellationToken ct) => useCase.ExecuteAsync(http, ct))
            .WithName("PerspectiveSuggestScore").WithSummary("Perspective SuggestCommentScore: stores a suggested score as labelled data of the key's site.");

        app.MapGet("/$discovery/rest", DiscoveryDocument.Get)
            .WithTags("Perspective").WithName("PerspectiveDiscovery").WithSummary("Google API discovery document, for Google's client libraries.");
        return app;
    }
}
