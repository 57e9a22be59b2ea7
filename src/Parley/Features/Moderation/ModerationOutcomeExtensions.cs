using System.Text.Json;
using Parley.Features.Comments;
using Parley.Infrastructure;

namespace Parley.Features.Moderation;

internal static class ModerationOutcomeExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Refusals and nudges become client errors; nothing is stored for them.</summary>
    public static void ThrowIfNotStorable(this ModerationOutcome outcome)
    {
        var final = outcome.Final;
        if (final.Kind == VerdictKind.Refuse)
        {
            throw new ApiException(final.HttpStatus, final.Code ?? "refused", final.Reason ?? "The comment was refused.")
            {
                RetryAfterSeconds = final.RetryAfterSeconds,
            };
        }

        if (final.Kind == VerdictKind.Nudge)
        {
            throw new ApiException(StatusCodes.Status422UnprocessableEntity, "nudge", final.Reason ?? "Please rephrase your comment.")
            {
                Extensions = new Dictionary<string, object?> { ["nudge"] = final.Data },
            };
        }
    }

    public static CommentStatus Status(this ModerationOutcome outcome) => outcome.Final.Kind switch
    {
        VerdictKind.Hold => CommentStatus.Pending,
        VerdictKind.Reject => CommentStatus.Rejected,
        VerdictKind.Shadow => CommentStatus.Shadowed,
        _ => CommentStatus.Published,
    };

    /// <summary>The code a moderator filters by, for held, rejected and shadowed comments.</summary>
    public static string? ReasonCode(this ModerationOutcome outcome) =>
        outcome.Final.Kind is VerdictKind.Hold or VerdictKind.Reject or VerdictKind.Shadow ? outcome.Final.Code : null;

    public static string ToJson(this ModerationOutcome outcome) => JsonSerializer.Serialize(
        new { final = outcome.FinalStep, verdict = outcome.Final.Kind.ToString().ToLowerInvariant(), code = outcome.Final.Code, steps = outcome.Verdicts },
        Json);
}
