using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Steps;

/// <summary>
/// Trust rules: hold a new commenter's first N comments (off by default), and hold authors whose recent
/// moderated comments were mostly rejected.
/// </summary>
internal sealed class TrustStep(ParleyDbContext db, TimeProvider clock) : IModerationStep
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

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-s.RejectionRateWindowDays);
        var decided = await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == authorId && c.ModeratedAt != null && c.ModeratedAt > since)
            .GroupBy(c => c.Status == CommentStatus.Rejected)
            .Select(g => new { Rejected = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = decided.Sum(d => d.Count);
        var rejected = decided.Where(d => d.Rejected).Sum(d => d.Count);
        return total >= s.RejectionRateMinDecisions && (double)rejected / total >= s.RejectionRateHold
            ? new StepVerdict(VerdictKind.Hold, "trust_rejection_rate", $"{rejected} of the author's last {total} moderated comments were rejected.")
            : StepVerdict.None;
    }
}
