using Parley.Features.Moderation.Steps;

namespace Parley.Features.Moderation;

public static class ModerationModule
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommentLimitsOptions>().Bind(configuration.GetSection(CommentLimitsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IModerationStep, LimitsStep>();
        services.AddSingleton<IModerationStep, StoryClosedStep>();
        services.AddSingleton<IModerationStep, RateLimitStep>();
        services.AddSingleton<ModerationPipeline>();
        return services;
    }
}
