using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;
using Parley.Features.Live;
using Parley.Features.Moderation;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

/// <summary>
/// Approve, reject or feature comments. Each decision resolves the comment's reader flags, keeps the
/// story's count right, is audited, and reaches readers at once (cache invalidation and live event).
/// </summary>
internal sealed class ModerateComment(ParleyDbContext db, WriteGate gate, ThreadCache threads, LiveHub live, AuthorStanding standing, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<int> DecideAsync(Moderator mod, IReadOnlyCollection<long> ids, string action, string? reason, CancellationToken ct)
    {
        if (ids.Count is 0 or > 200)
        {
            throw ApiException.BadRequest("invalid_ids", "Select 1–200 comments.");
        }

        var target = action switch
        {
            "approve" => CommentStatus.Published,
            "reject" => CommentStatus.Rejected,
            _ => throw ApiException.BadRequest("invalid_action", "Action must be approve or reject."),
        };
        reason = CheckReason(reason);
        var now = clock.GetUtcNow().UtcDateTime;
        var comments = await db.Comments.Include(c => c.Story).Where(c => ids.Contains(c.Id) && c.SiteId == mod.Site.Id).ToListAsync(ct);
        if (comments.Count != ids.Distinct().Count())
        {
            throw ApiException.NotFound("comment_not_found", "One or more comments do not exist on this site.");
        }

        if (comments.Exists(c => c.Status == CommentStatus.Deleted))
        {
            throw ApiException.Conflict("comment_deleted", "A deleted comment cannot be moderated.");
        }

        await using (var tx = await gate.BeginAsync(db, ct))
        {
            foreach (var c in comments)
            {
                var delta = (target == CommentStatus.Published ? 1 : 0) - (c.Status == CommentStatus.Published ? 1 : 0);
                c.Status = target;
                c.ModeratedById = mod.Id;
                c.ModeratedAt = now;
                if (delta != 0)
                {
                    await db.Stories.Where(s => s.Id == c.StoryId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount + delta), ct);
                }

                db.Record(mod.Site.Id, mod.Id, "comment." + action, "comment", c.Id, reason, new { previousReason = c.Reason }, now);
            }

            await db.Flags.Where(f => ids.Contains(f.CommentId) && f.ResolvedAt == null).ExecuteUpdateAsync(u => u.SetProperty(f => f.ResolvedAt, now), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        Notify(mod, comments, target == CommentStatus.Published ? "comment" : "delete");
        return comments.Count;
    }

    public async Task FeatureAsync(Moderator mod, long id, bool featured, CancellationToken ct)
    {
        var c = await db.Comments.Include(x => x.Story).FirstOrDefaultAsync(x => x.Id == id && x.SiteId == mod.Site.Id, ct)
            ?? throw ApiException.NotFound("comment_not_found", "There is no such comment on this site.");
        c.Featured = featured;
        db.Record(mod.Site.Id, mod.Id, featured ? "comment.feature" : "comment.unfeature", "comment", id, null, null, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        Notify(mod, [c], "edit");
    }

    internal static string? CheckReason(string? reason)
    {
        var r = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return r is not null && Parley.Features.Moderation.Steps.LimitsStep.Check(r, MaxReasonLength).IsFinal
            ? throw ApiException.BadRequest("invalid_reason", $"A reason is at most {MaxReasonLength} characters of plain text.")
            : r;
    }

    private void Notify(Moderator mod, List<Comment> comments, string eventType)
    {
        foreach (var c in comments)
        {
            standing.Forget(c.AuthorId);
            threads.Invalidate(c.StoryId, mod.Site.Id, c.Story!.Url);
            live.Publish(new LiveEvent(eventType, c.StoryId, c.Id, c.ParentId));
            live.PublishModeration(mod.Site.Id, c.StoryId, c.Id, c.Status.ToString().ToLowerInvariant(), c.Reason);
        }
    }
}
