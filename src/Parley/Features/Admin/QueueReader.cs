using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;
using Parley.Features.Moderation;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

internal sealed record QueueFilter(string Queue, string? Sort, long? StoryId, string? Reason, long? CommenterId, string? Search, int Skip, int Limit);

/// <summary>The four queues: pending, reported (unresolved reader flags), recently rejected, recently approved.</summary>
internal sealed class QueueReader(ParleyDbContext db, TimeProvider clock)
{
    /// <summary>"Recent" for the rejected and approved queues.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(7);

    public async Task<QueuePage> ReadAsync(long siteId, QueueFilter f, CancellationToken ct)
    {
        var q = Queue(siteId, f.Queue);
        if (f.StoryId is { } story)
        {
            q = q.Where(c => c.StoryId == story);
        }

        if (f.CommenterId is { } author)
        {
            q = q.Where(c => c.AuthorId == author);
        }

        if (!string.IsNullOrWhiteSpace(f.Reason))
        {
            var reason = f.Reason.Trim();
            q = reason == "flags"
                ? q.Where(c => c.Reason == "flags" || db.Flags.Any(x => x.CommentId == c.Id && x.ResolvedAt == null))
                : q.Where(c => c.Reason != null && (c.Reason == reason || c.Reason.StartsWith(reason + ":") || c.Reason.StartsWith(reason + "_")));
        }

        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var term = f.Search.Trim();
            q = q.Where(c => c.BodyMarkdown.Contains(term) || c.Author!.DisplayName.Contains(term));
        }

        q = f.Sort == "oldest" ? q.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id) : q.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var rows = await q.Skip(f.Skip).Take(f.Limit + 1).Select(c => new
        {
            c.Id,
            c.Status,
            c.Reason,
            c.BodyMarkdown,
            c.BodyHtml,
            c.Featured,
            c.CreatedAt,
            c.EditedAt,
            c.ModerationJson,
            Story = new QueueStory(c.Story!.Id, c.Story.Title, c.Story.Url),
            Author = new QueueAuthor(c.AuthorId, c.Author!.DisplayName, c.Author.Kind.ToString().ToLowerInvariant(), c.Author.NameHeld),
            c.ParentId,
        }).ToListAsync(ct);

        var more = rows.Count > f.Limit;
        rows = rows.Take(f.Limit).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var parentIds = rows.Where(r => r.ParentId != null).Select(r => r.ParentId!.Value).Distinct().ToList();
        var parents = await db.Comments.AsNoTracking().Where(c => parentIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new QueueParent(c.Id, c.Status == CommentStatus.Deleted ? null : c.BodyHtml, c.Author!.DisplayName), ct);
        var flags = (await db.Flags.AsNoTracking().Where(x => ids.Contains(x.CommentId) && x.ResolvedAt == null)
            .Select(x => new { x.CommentId, x.Reason, x.Text, x.CreatedAt }).ToListAsync(ct))
            .ToLookup(x => x.CommentId, x => new QueueFlag(Flags.FlagsModule.ReasonName(x.Reason), x.Text, x.CreatedAt));

        var items = rows.Select(r => new QueueItem(
            r.Id, r.Status.ToString().ToLowerInvariant(), r.Reason, r.BodyMarkdown, r.BodyHtml, r.Featured, r.CreatedAt, r.EditedAt,
            r.Story, r.ParentId is { } p ? parents.GetValueOrDefault(p) : null, r.Author,
            r.ModerationJson is null ? null : JsonDocument.Parse(r.ModerationJson).RootElement.Clone(),
            [.. flags[r.Id]])).ToList();
        return new QueuePage(f.Queue, items, more ? f.Skip + f.Limit : null, await CountsAsync(siteId, ct));
    }

    public async Task<QueueCounts> CountsAsync(long siteId, CancellationToken ct) => new(
        await Queue(siteId, "pending").CountAsync(ct),
        await Queue(siteId, "reported").CountAsync(ct),
        await Queue(siteId, "rejected").CountAsync(ct),
        await Queue(siteId, "approved").CountAsync(ct));

    private IQueryable<Comment> Queue(long siteId, string queue)
    {
        var since = clock.GetUtcNow().UtcDateTime - RecentWindow;
        var all = db.Comments.AsNoTracking().Where(c => c.SiteId == siteId);
        return queue switch
        {
            "pending" => all.Where(c => c.Status == CommentStatus.Pending),
            "reported" => all.Where(c => (c.Status == CommentStatus.Published || c.Status == CommentStatus.Pending)
                && db.Flags.Any(x => x.CommentId == c.Id && x.ResolvedAt == null)),
            "rejected" => all.Where(c => c.Status == CommentStatus.Rejected && (c.ModeratedAt ?? c.CreatedAt) > since),
            "approved" => all.Where(c => c.Status == CommentStatus.Published && c.ModeratedAt != null && c.ModeratedAt > since),
            _ => throw ApiException.BadRequest("invalid_queue", "Queue must be pending, reported, rejected or approved."),
        };
    }
}
