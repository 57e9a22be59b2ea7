using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Live;
using Parley.Features.Moderation;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

/// <summary>
/// The author edits within the site's window. The new text goes through the whole pipeline again
/// (spammers post something harmless and edit links in later); the old text is kept as a revision.
/// </summary>
internal sealed class EditComment(
    ParleyDbContext db,
    WriteGate gate, ModerationPipeline pipeline, CommentRenderer renderer, ThreadCache threads, LiveHub live, IpHasher ipHasher, TimeProvider clock)
{
    public async Task<CommentDto> ExecuteAsync(SiteInfo site, long id, EditCommentRequest request, HttpContext http, CancellationToken ct)
    {
        var author = await db.RequireCommenterAsync(http.User, site, ct);
        var comment = await OwnCommentAsync(db, site, id, author, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now > comment.CreatedAt.AddMinutes(site.Settings.EditWindowMinutes))
        {
            throw ApiException.Forbidden("edit_window_closed", $"Comments can be edited for {site.Settings.EditWindowMinutes} minutes after posting.");
        }

        var story = await db.Stories.AsNoTracking().FirstAsync(s => s.Id == comment.StoryId, ct);
        var body = request.Body ?? "";
        var outcome = await pipeline.RunAsync(
            new ModerationContext { Site = site, Story = story, Author = author, Text = body, IsEdit = true, Insist = request.Insist, ClientIpHash = ipHasher.Hash(http) },
            ct);
        outcome.ThrowIfNotStorable();

        var wasPublished = comment.Status == CommentStatus.Published;
        db.CommentRevisions.Add(new CommentRevision { CommentId = comment.Id, BodyMarkdown = comment.BodyMarkdown, ReplacedAt = now });
        comment.BodyMarkdown = body;
        comment.BodyHtml = renderer.Render(body);
        comment.Status = outcome.Status();
        comment.ModerationJson = outcome.ToJson();
        comment.Reason = outcome.ReasonCode();
        comment.EditedAt = now;

        await using (var tx = await gate.BeginAsync(db, ct))
        {
            await db.SaveChangesAsync(ct);
            var delta = (comment.Status == CommentStatus.Published ? 1 : 0) - (wasPublished ? 1 : 0);
            if (delta != 0)
            {
                await db.Stories.Where(s => s.Id == comment.StoryId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount + delta), ct);
            }

            await tx.CommitAsync(ct);
        }

        threads.Invalidate(comment.StoryId, site.Id, story.Url);
        live.Publish(new LiveEvent("edit", comment.StoryId, comment.Id, comment.ParentId));
        live.PublishModeration(site.Id, comment.StoryId, comment.Id, comment.Status.ToString().ToLowerInvariant(), comment.Reason);
        return comment.ToOwnDto(author);
    }

    /// <summary>Loads a comment of this site that the caller wrote: 404 if absent here, 403 if someone else's.</summary>
    internal static async Task<Comment> OwnCommentAsync(ParleyDbContext db, SiteInfo site, long id, Commenter author, CancellationToken ct)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == id && c.SiteId == site.Id, ct)
            ?? throw ApiException.NotFound("comment_not_found", "There is no such comment.");
        if (comment.AuthorId != author.Id)
        {
            throw ApiException.Forbidden("not_author", "Only the author can change this comment.");
        }

        return comment.Status == CommentStatus.Deleted
            ? throw ApiException.Conflict("comment_deleted", "This comment was deleted.")
            : comment;
    }
}
