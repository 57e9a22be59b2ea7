using System.ComponentModel.DataAnnotations;

namespace Parley.Features.Moderation;

/// <summary>Section <c>Comments</c>: hard limits every comment must meet.</summary>
internal sealed class CommentLimitsOptions
{
    public const string Section = "Comments";

    [Range(1, 100_000)]
    public int MaxLength { get; set; } = 10_000;

    /// <summary>Request bodies larger than this are refused before they are parsed.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
