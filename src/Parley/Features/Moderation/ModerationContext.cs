using Parley.Features.Commenters;
using Parley.Features.Sites;
using Parley.Features.Stories;

namespace Parley.Features.Moderation;

/// <summary>Everything a step may look at. Steps read it; only the pipeline decides.</summary>
internal sealed class ModerationContext
{
    public required SiteInfo Site { get; init; }

    public required Story Story { get; init; }

    public required Commenter Author { get; init; }

    /// <summary>The Markdown as submitted (already checked for encoding by the limits step).</summary>
    public required string Text { get; init; }

    public bool IsEdit { get; init; }

    /// <summary>The author asked to post despite a nudge ("post anyway").</summary>
    public bool Insist { get; init; }

    public string? ClientIpHash { get; init; }
}
