using Parley.Features.Moderation.Retraining;

namespace Parley.Features.Moderation;

public static class ModerationModule
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommentLimitsOptions>().Bind(configuration.GetSection(CommentLimitsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection(ModerationOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddToxicityClassifier();

        // Steps are scoped: several read the database through the request's context.
        foreach (var step in ModerationSteps.Order)
        {
            services.AddScoped(typeof(IModerationStep), step);
        }

        services.AddScoped<ModerationPipeline>();
        services.AddScoped<DisplayNameCheck>();
        services.AddScoped<ThreadHealth>();
        services.AddSingleton<AuthorStanding>();
        services.AddSingleton<RecentPosts>();
        services.AddOptions<RetrainingOptions>().Bind(configuration.GetSection(RetrainingOptions.Section));
        services.AddSingleton<SiteHeads>();
        services.AddScoped<SiteRetrainer>();
        services.AddHostedService<RetrainSchedule>();
        return services;
    }
}
