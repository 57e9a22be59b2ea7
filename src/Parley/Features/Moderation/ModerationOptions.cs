using System.ComponentModel.DataAnnotations;

namespace Parley.Features.Moderation;

/// <summary>Section <c>Moderation</c>: server-wide knobs of the pipeline (site policy lives in site settings).</summary>
internal sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>Run the toxicity classifier step. Off only to measure the rest of the write path.</summary>
    public bool ClassifierEnabled { get; set; } = true;

    /// <summary>
    /// Which classifier tier scores comments, display names and Perspective requests (docs/model-card.md, "Tiers
    /// compared"): Lexical (default; thousands of comments/s per core) or Combined (both tiers' calibrated sum on
    /// every comment: more attacks caught at no more civil flags, a few hundred comments/s per core; loads a 90 MB
    /// model in ~0.4 s).
    /// </summary>
    [EnumDataType(typeof(ClassifierTier))]
    public ClassifierTier ClassifierTier { get; set; } = ClassifierTier.Lexical;

    /// <summary>Longest the classifier may take on one comment before the site's failure policy applies.</summary>
    [Range(10, 60_000)]
    public int ClassifierTimeoutMs { get; set; } = 2000;

    /// <summary>How long a nudged text is remembered, so posting it again unchanged holds it.</summary>
    [Range(1, 1440)]
    public int NudgeMemoryMinutes { get; set; } = 60;
}

public enum ClassifierTier
{
    Lexical,
    Combined,
}
