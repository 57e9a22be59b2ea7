using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;
using Parley.Features.Sites;

namespace Parley.Features.Moderation;

/// <summary>
/// When a story heats up — the share of held or rejected comments in the last hour passes the site's
/// threshold — it switches itself to pre-moderation and raises an alert; a moderator can switch it back.
/// </summary>
internal sealed class ThreadHealth(ParleyDbContext db, TimeProvider clock)
{
    public async Task<bool> CheckAsync(SiteInfo site, long storyId, CancellationToken ct)
    {
        var s = site.Settings;
        if (s.ThreadHealthThreshold <= 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-1);
        var recent = await db.Comments.AsNoTracking()
            .Where(c => c.StoryId == storyId && c.CreatedAt > since && c.Status != CommentStatus.Deleted)
            .GroupBy(c => c.Status == CommentStatus.Pending || c.Status == CommentStatus.Rejected)
            .Select(g => new { Bad = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = recent.Sum(r => r.Count);
        var bad = recent.Where(r => r.Bad).Sum(r => r.Count);
        if (total < s.ThreadHealthMinComments || (double)bad / total < s.ThreadHealthThreshold)
        {
            return false;
        }

        var switched = await db.Stories.Where(st => st.Id == storyId && st.PreModeration == null)
            .ExecuteUpdateAsync(u => u.SetProperty(st => st.PreModeration, "all").SetProperty(st => st.HeatedAt, now), ct);
        if (switched == 0)
        {
            return false;
        }

        db.Record(site.Id, null, "story.auto_premoderation", "story", storyId, $"{bad} of {total} comments in the last hour held or rejected",
            new { bad, total, threshold = s.ThreadHealthThreshold }, now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
