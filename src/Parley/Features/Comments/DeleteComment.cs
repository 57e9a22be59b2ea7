using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Live;
using Parley.Features.Sites;

namespace Parley.Features.Comments;

/// <summary>
/// The author deletes their comment. The text and its revisions are erased (it was theirs); the row stays
/// so replies keep their place under a tombstone.
/// </summary>
internal sealed class DeleteComment(ParleyDbContext db, WriteGate gate, ThreadCache threads, LiveHub live, TimeProvider clock)
{
    public async Task ExecuteAsync(SiteInfo site, long id, HttpContext http, CancellationToken ct)
    {
        var author = await db.RequireCommenterAsync(http.User, site, ct);
        var comment = await EditComment.OwnCommentAsync(db, site, id, author, ct);
        var wasPublished = comment.Status == CommentStatus.Published;

        await using (var tx = await gate.BeginAsync(db, ct))
        {
            comment.Status = CommentStatus.Deleted;
            comment.BodyMarkdown = "";
            comment.BodyHtml = "";
            comment.EditedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await db.CommentRevisions.Where(r => r.CommentId == id).ExecuteDeleteAsync(ct);
            if (wasPublished)
            {
                await db.Stories.Where(s => s.Id == comment.StoryId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount - 1), ct);
            }

            await tx.CommitAsync(ct);
        }

        var url = await db.Stories.Where(s => s.Id == comment.StoryId).Select(s => s.Url).FirstAsync(ct);
        threads.Invalidate(comment.StoryId, site.Id, url);
        live.Publish(new LiveEvent("delete", comment.StoryId, comment.Id, comment.ParentId));
    }
}
