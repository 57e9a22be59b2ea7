using Parley.Features.Moderation.Steps;

namespace Parley.Features.Moderation;

/// <summary>The one place that declares which steps run and in which order. First final verdict wins.</summary>
internal static class ModerationSteps
{
    public static readonly Type[] Order =
    [
        typeof(LimitsStep),
        typeof(StoryClosedStep),
        typeof(SanctionsStep),
        typeof(RateLimitStep),
        typeof(RepeatPostStep),
        typeof(BannedWordsStep),
        typeof(SuspectWordsStep),
        typeof(LinksStep),
        typeof(ToxicityStep),
        typeof(TrustStep),
        typeof(PreModerationStep),
    ];
}
