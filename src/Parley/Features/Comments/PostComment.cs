using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Live;
using Parley.Features.Moderation;
using Parley.Features.Sites;
using Parley.Features.Stories;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

/// <summary>
/// Creates a comment or reply: resolve story and author, run the moderation pipeline, store the comment
/// with its verdicts in one transaction, then invalidate the thread cache and notify live readers.
/// </summary>
internal sealed class PostComment(
    ParleyDbContext db,
    WriteGate gate,
    StoryResolver stories,
    ModerationPipeline pipeline,
    CommentRenderer renderer,
    SessionStore sessions,
    ThreadCache threads,
    LiveHub live,
    IpHasher ipHasher,
    AccountService accounts,
    ThreadHealth health,
    RecentPosts recent,
    TimeProvider clock)
{
    public async Task<PostCommentResponse> ExecuteAsync(SiteInfo site, PostCommentRequest request, HttpContext http, CancellationToken ct)
    {
        // One connection for the whole post: EF otherwise opens and closes it around each of its queries.
        await db.Database.OpenConnectionAsync(ct);
        var storyId = await stories.ResolveIdAsync(site, request.StoryId, request.StoryUrl, request.StoryTitle, ct);
        var story = await db.Stories.AsNoTracking().FirstAsync(s => s.Id == storyId, ct);
        var parent = await FindParentAsync(site, storyId, request.ParentId, ct);
        var author = await ResolveAuthorAsync(site, request, http, ct);

        var body = request.Body ?? "";
        var outcome = await pipeline.RunAsync(
            new ModerationContext { Site = site, Story = story, Author = author, Text = body, Insist = request.Insist, ClientIpHash = ipHasher.Hash(http) },
            ct);
        outcome.ThrowIfNotStorable();

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new Comment
        {
            SiteId = site.Id,
            StoryId = storyId,
            ParentId = parent?.Id,
            RootId = parent is null ? null : parent.RootId ?? parent.Id,
            Depth = parent is null ? 0 : parent.Depth + 1,
            Author = author,
            BodyMarkdown = body,
            BodyHtml = renderer.Render(body),
            Status = outcome.Status(),
            ModerationJson = outcome.ToJson(),
            Reason = outcome.ReasonCode(),
            CreatedAt = now,
        };

        await using (var tx = await gate.BeginAsync(db, ct))
        {
            db.Comments.Add(comment);
            await db.SaveChangesAsync(ct);
            if (parent is not null)
            {
                await db.Comments.Where(c => c.Id == parent.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.ReplyCount, c => c.ReplyCount + 1), ct);
            }

            if (comment.Status == CommentStatus.Published)
            {
                await db.Stories.Where(s => s.Id == storyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount + 1), ct);
            }

            await tx.CommitAsync(ct);
        }

        recent.Remember(author.Id, body, site.Settings.RepeatPostWindowMinutes);
        string? token = null;
        if (author.Kind == CommenterKind.Guest && http.User.Identity?.IsAuthenticated != true)
        {
            token = await sessions.StartAsync(db, author, ct);
        }

        threads.Invalidate(storyId, site.Id, story.Url);
        if (comment.Status == CommentStatus.Published)
        {
            live.Publish(new LiveEvent("comment", storyId, comment.Id, comment.ParentId));
        }
        else if (comment.Status is CommentStatus.Pending or CommentStatus.Rejected && await health.CheckAsync(site, storyId, ct))
        {
            threads.Invalidate(storyId, site.Id, story.Url);
        }

        live.PublishModeration(site.Id, storyId, comment.Id, comment.Status.ToString().ToLowerInvariant(), comment.Reason);

        return new PostCommentResponse(comment.ToOwnDto(author), token);
    }

    private sealed record ParentInfo(long Id, long StoryId, long? RootId, int Depth, CommentStatus Status);

    private async Task<ParentInfo?> FindParentAsync(SiteInfo site, long storyId, long? parentId, CancellationToken ct)
    {
        if (parentId is not { } id)
        {
            return null;
        }

        var parent = await db.Comments.AsNoTracking().Where(c => c.Id == id && c.SiteId == site.Id)
            .Select(c => new ParentInfo(c.Id, c.StoryId, c.RootId, c.Depth, c.Status)).FirstOrDefaultAsync(ct)
            ?? throw ApiException.NotFound("parent_not_found", "The comment you reply to does not exist.");
        if (parent.StoryId != storyId)
        {
            throw ApiException.BadRequest("parent_in_other_story", "A reply must be on the same story as the comment it answers.");
        }

        return parent.Status == CommentStatus.Published
            ? parent
            : throw ApiException.Conflict("parent_not_available", "The comment you reply to is not available for replies.");
    }

    private async Task<Commenter> ResolveAuthorAsync(SiteInfo site, PostCommentRequest request, HttpContext http, CancellationToken ct)
    {
        if (http.User.CommenterIdFor(site) is not null)
        {
            return await db.RequireCommenterAsync(http.User, site, ct);
        }

        return accounts.NewGuest(site, request.DisplayName, request.Email);
    }
}
