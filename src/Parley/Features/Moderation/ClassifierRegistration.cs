using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Parley.Classifier;

namespace Parley.Features.Moderation;

internal static class ClassifierRegistration
{
    /// <summary>
    /// The process's one classifier, of the tier <c>Moderation:ClassifierTier</c> names: moderation, display names
    /// and the Perspective API must agree on a comment's scores. Loaded once (on first use), shared.
    /// </summary>
    public static IServiceCollection TryAddToxicityClassifier(this IServiceCollection services)
    {
        services.TryAddSingleton<IToxicityClassifier>(sp =>
            sp.GetRequiredService<IOptions<ModerationOptions>>().Value.ClassifierTier switch
            {
                ClassifierTier.Combined => ToxicityClassifiers.LoadCombined(),
                _ => ToxicityClassifiers.LoadDefault(),
            });
        return services;
    }
}
