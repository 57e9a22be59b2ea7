namespace Parley.Features.Sites;

/// <summary>
/// Per-site policy, edited in the workspace. Stored as one JSON column so new settings need no migration;
/// defaults here are what a new site gets.
/// </summary>
internal sealed class SiteSettings
{
    public int EditWindowMinutes { get; set; } = 15;

    /// <summary>Replies deeper than this are returned flattened under their ancestor at this depth.</summary>
    public int MaxDepth { get; set; } = 3;

    /// <summary>Per label (Perspective name): nudge on first submit at or above <c>Nudge</c>, hold at or above <c>Hold</c>.</summary>
    public Dictionary<string, LabelThresholds> Thresholds { get; set; } = DefaultThresholds();

    /// <summary>Ask the author to rephrase before holding (first submit only).</summary>
    public bool NudgeEnabled { get; set; } = true;

    /// <summary>Terms whose use rejects a comment (words, phrases, trailing wildcards).</summary>
    public List<string> BannedWords { get; set; } = [];

    /// <summary>Terms whose use holds a comment for a moderator.</summary>
    public List<string> SuspectWords { get; set; } = [];

    /// <summary>allow, hold or reject comments with links.</summary>
    public string LinkPolicy { get; set; } = "allow";

    /// <summary>Hold links from commenters with fewer than <see cref="NewCommenterApprovedComments"/> published comments.</summary>
    public bool HoldLinksFromNewCommenters { get; set; } = true;

    public int NewCommenterApprovedComments { get; set; } = 3;

    /// <summary>Hold the first N comments of a new commenter (0 = off).</summary>
    public int HoldFirstComments { get; set; }

    /// <summary>Hold when at least this share of the commenter's recent moderated comments was rejected (0 = off).</summary>
    public double RejectionRateHold { get; set; } = 0.5;

    public int RejectionRateWindowDays { get; set; } = 30;

    /// <summary>Fewest recent decisions before the rejection rate counts.</summary>
    public int RejectionRateMinDecisions { get; set; } = 4;

    /// <summary>none, all, or first (a commenter's first comment on each story).</summary>
    public string PreModeration { get; set; } = "none";

    /// <summary>Distinct reader flags that hide a comment until a moderator acts (0 = never hide).</summary>
    public int FlagHideThreshold { get; set; } = 3;

    /// <summary>Share of held/rejected comments in the last hour that switches a story to pre-moderation (0 = off).</summary>
    public double ThreadHealthThreshold { get; set; } = 0.5;

    /// <summary>Comments in the last hour before thread health is judged.</summary>
    public int ThreadHealthMinComments { get; set; } = 10;

    /// <summary>Same text again by the same commenter within this many minutes is refused (0 = off).</summary>
    public int RepeatPostWindowMinutes { get; set; } = 10;

    /// <summary>What happens when the classifier fails or times out: hold (default) or publish.</summary>
    public string ClassifierFailure { get; set; } = "hold";

    private static Dictionary<string, LabelThresholds> DefaultThresholds() => new()
    {
        ["TOXICITY"] = new() { Nudge = 0.5, Hold = 0.7 },
        ["SEVERE_TOXICITY"] = new() { Nudge = 0.5, Hold = 0.5 },
        ["INSULT"] = new() { Nudge = 0.5, Hold = 0.7 },
        ["IDENTITY_ATTACK"] = new() { Nudge = 0.5, Hold = 0.5 },
        ["PROFANITY"] = new() { Nudge = 0.5, Hold = 0.8 },
        ["THREAT"] = new() { Nudge = 0.5, Hold = 0.5 },
    };
}

internal sealed class LabelThresholds
{
    public double Nudge { get; set; }

    public double Hold { get; set; }
}
