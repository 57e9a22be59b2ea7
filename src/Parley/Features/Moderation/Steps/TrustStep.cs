using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Steps;

/// <summary>
/// Trust rules: hold a new commenter's first N comments (off by default), and hold authors whose recent
/// moderated comments were mostly rejected.
/// </summary>
internal sealed class TrustStep(ParleyDbContext db, AuthorStanding standing) : IModerationStep
{
    public string Name => "trust";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        var s = context.Site.Settings;
        var authorId = context.Author.Id;
        if (s.HoldFirstComments > 0 && !context.IsEdit)
        {
            var previous = authorId == 0 ? 0 : await db.Comments.CountAsync(c => c.AuthorId == authorId && c.Status != CommentStatus.Deleted, ct);
            if (previous < s.HoldFirstComments)
            {
                return new StepVerdict(VerdictKind.Hold, "trust_first_comments", $"New commenters' first {s.HoldFirstComments} comments are reviewed.");
            }
        }

        if (s.RejectionRateHold <= 0 || authorId == 0)
        {
            return StepVerdict.None;
        }

        var record = await standing.GetAsync(authorId, s.RejectionRateWindowDays, ct);
        var (total, rejected) = (record.Decided, record.Rejected);
        return total >= s.RejectionRateMinDecisions && (double)rejected / total >= s.RejectionRateHold
            ? new StepVerdict(VerdictKind.Hold, "trust_rejection_rate", $"{rejected} of the author's last {total} moderated comments were rejected.")
            : StepVerdict.None;
    }
}
