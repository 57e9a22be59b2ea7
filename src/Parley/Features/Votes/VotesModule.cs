using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Comments;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Votes;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record VoteRequest(int Value);

public sealed record VoteResponse(long CommentId, int Value, int Upvotes, int Downvotes);

public static class VotesModule
{
    public static IServiceCollection AddVotes(this IServiceCollection services) => services.AddScoped<CastVote>();

    public static RouteGroupBuilder MapVotes(this RouteGroupBuilder widget)
    {
        widget.MapPut("/comments/{id:long}/vote", async (string site, long id, VoteRequest request, SiteDirectory sites, CastVote useCase, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(await sites.GetAsync(site, ct), id, request.Value, http, ct)))
            .WithName("Vote").WithSummary("Up (1), down (-1) or withdraw (0) your vote on a published comment.");
        return widget;
    }
}

/// <summary>One vote per commenter per comment; counters move by the difference in the same transaction.</summary>
internal sealed class CastVote(ParleyDbContext db, WriteGate gate, ThreadCache threads, TimeProvider clock)
{
    public async Task<VoteResponse> ExecuteAsync(SiteInfo site, long commentId, int value, HttpContext http, CancellationToken ct)
    {
        if (value is < -1 or > 1)
        {
            throw ApiException.BadRequest("invalid_vote", "A vote is 1 (up), -1 (down) or 0 (withdraw).");
        }

        var voter = await db.RequireCommenterAsync(http.User, site, ct);
        var target = await db.Comments.AsNoTracking().Where(c => c.Id == commentId && c.SiteId == site.Id && c.Status == CommentStatus.Published)
            .Select(c => new { c.AuthorId, c.StoryId, c.Story!.Url }).FirstOrDefaultAsync(ct)
            ?? throw ApiException.NotFound("comment_not_found", "There is no such comment.");
        if (target.AuthorId == voter.Id)
        {
            throw ApiException.Forbidden("own_comment", "You cannot vote on your own comment.");
        }

        await using var tx = await gate.BeginAsync(db, ct);
        var existing = await db.Votes.FirstOrDefaultAsync(v => v.CommentId == commentId && v.CommenterId == voter.Id, ct);
        var old = existing?.Value ?? 0;
        if (existing is null && value != 0)
        {
            db.Votes.Add(new Vote { CommentId = commentId, CommenterId = voter.Id, Value = value, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }
        else if (existing is not null && value == 0)
        {
            db.Votes.Remove(existing);
        }
        else if (existing is not null)
        {
            existing.Value = value;
        }

        await db.SaveChangesAsync(ct);
        int up = (value == 1 ? 1 : 0) - (old == 1 ? 1 : 0), down = (value == -1 ? 1 : 0) - (old == -1 ? 1 : 0);
        if (up != 0 || down != 0)
        {
            await db.Comments.Where(c => c.Id == commentId).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Upvotes, c => c.Upvotes + up)
                .SetProperty(c => c.Downvotes, c => c.Downvotes + down)
                .SetProperty(c => c.Score, c => c.Score + up - down), ct);
        }

        var counts = await db.Comments.AsNoTracking().Where(c => c.Id == commentId).Select(c => new { c.Upvotes, c.Downvotes }).FirstAsync(ct);
        await tx.CommitAsync(ct);
        threads.Invalidate(target.StoryId, site.Id, target.Url);
        return new VoteResponse(commentId, value, counts.Upvotes, counts.Downvotes);
    }
}
