using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Moderation;
using Parley.Features.Stories;

namespace Parley.Features.Comments;

internal sealed record ThreadQuery(ThreadSort Sort, ThreadCursor? Cursor, int Limit, int MaxDepth);

/// <summary>
/// Builds what the widget shows first: one page of top-level comments (keyset pagination, so page one of a
/// 20,000-comment story costs what page one of a 20-comment story costs) with their replies nested.
/// </summary>
internal sealed class ThreadReader(ParleyDbContext db)
{
    /// <summary>Replies loaded with one page; deeper discussion beyond this is rare and loads on demand.</summary>
    public const int MaxRepliesPerPage = 1000;

    private sealed record Row(long Id, long? ParentId, long? RootId, int Depth, long AuthorId, string AuthorName, Role AuthorRole,
        string Html, CommentStatus Status, DateTime CreatedAt, DateTime? EditedAt, int Upvotes, int Downvotes, int Score, int ReplyCount);

    public async Task<ThreadDto> ReadAsync(long storyId, ThreadQuery query, long? viewerId, int editWindowMinutes, CancellationToken ct)
    {
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == storyId)
            .Select(s => new StoryDto(s.Id, s.Url, s.Title, s.IsOpen, s.CommentCount)).FirstAsync(ct);

        var visible = Visible(viewerId ?? -1);
        var top = db.Comments.AsNoTracking().Where(c => c.StoryId == storyId && c.ParentId == null).Where(visible);
        top = Page(top, query);
        var topRows = await Project(top.Take(query.Limit + 1)).ToListAsync(ct);

        string? next = null;
        if (topRows.Count > query.Limit)
        {
            topRows.RemoveAt(topRows.Count - 1);
            var last = topRows[^1];
            next = new ThreadCursor(query.Sort == ThreadSort.Best ? last.Score : last.CreatedAt.Ticks, last.Id).Encode(query.Sort);
        }

        var rootIds = topRows.Select(r => r.Id).ToList();
        var replyRows = rootIds.Count == 0
            ? []
            : await Project(db.Comments.AsNoTracking()
                .Where(c => c.RootId != null && rootIds.Contains(c.RootId.Value)).Where(visible)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(MaxRepliesPerPage)).ToListAsync(ct);

        var comments = BuildTree(topRows, replyRows, query.MaxDepth);
        return new ThreadDto(story, query.Sort.ToString().ToLowerInvariant(), comments, next, editWindowMinutes, query.MaxDepth);
    }

    /// <summary>Published comments, tombstones that still hold replies, and the viewer's own held comments.</summary>
    private static Expression<Func<Comment, bool>> Visible(long viewer) => c =>
        c.Status == CommentStatus.Published
        || ((c.Status == CommentStatus.Deleted || c.Status == CommentStatus.Rejected) && c.ReplyCount > 0)
        || (c.AuthorId == viewer && (c.Status == CommentStatus.Pending || c.Status == CommentStatus.Shadowed));

    private static IQueryable<Comment> Page(IQueryable<Comment> q, ThreadQuery query)
    {
        var cursor = query.Cursor;
        switch (query.Sort)
        {
            case ThreadSort.Oldest:
                if (cursor is { } o)
                {
                    var t = new DateTime(o.Key, DateTimeKind.Utc);
                    q = q.Where(c => c.CreatedAt > t || (c.CreatedAt == t && c.Id > o.Id));
                }

                return q.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
            case ThreadSort.Best:
                if (cursor is { } b)
                {
                    var score = (int)b.Key;
                    q = q.Where(c => c.Score < score || (c.Score == score && c.Id < b.Id));
                }

                return q.OrderByDescending(c => c.Score).ThenByDescending(c => c.Id);
            default:
                if (cursor is { } n)
                {
                    var t = new DateTime(n.Key, DateTimeKind.Utc);
                    q = q.Where(c => c.CreatedAt < t || (c.CreatedAt == t && c.Id < n.Id));
                }

                return q.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        }
    }

    private static IQueryable<Row> Project(IQueryable<Comment> q) => q.Select(c => new Row(
        c.Id, c.ParentId, c.RootId, c.Depth, c.AuthorId, c.Author!.NameHeld ? DisplayNameCheck.HeldName : c.Author.DisplayName, c.Author.Role, c.BodyHtml, c.Status,
        c.CreatedAt, c.EditedAt, c.Upvotes, c.Downvotes, c.Score, c.ReplyCount));

    private static List<CommentDto> BuildTree(List<Row> topRows, List<Row> replyRows, int maxDepth)
    {
        var byId = new Dictionary<long, (Row Row, CommentDto Dto)>(topRows.Count + replyRows.Count);
        var result = new List<CommentDto>(topRows.Count);
        foreach (var row in topRows)
        {
            var dto = ToDto(row, null);
            byId[row.Id] = (row, dto);
            result.Add(dto);
        }

        // Replies arrive oldest first, so a parent is always seen before its children.
        foreach (var row in replyRows)
        {
            if (row.ParentId is not { } parentId || !byId.TryGetValue(parentId, out var parent))
            {
                continue;
            }

            var host = parent;
            ReplyToDto? replyTo = null;
            if (row.Depth > maxDepth)
            {
                replyTo = new ReplyToDto(parent.Row.Id, IsTombstone(parent.Row) ? null : parent.Row.AuthorName);
                while (host.Row.Depth > maxDepth && host.Row.ParentId is { } up && byId.TryGetValue(up, out var above))
                {
                    host = above;
                }
            }

            var dto = ToDto(row, replyTo);
            byId[row.Id] = (row, dto);
            host.Dto.Replies.Add(dto);
        }

        return result;
    }

    private static bool IsTombstone(Row r) => r.Status is CommentStatus.Deleted or CommentStatus.Rejected;

    private static CommentDto ToDto(Row r, ReplyToDto? replyTo) => IsTombstone(r)
        ? new CommentDto { Id = r.Id, ParentId = r.ParentId, Status = "deleted", CreatedAt = r.CreatedAt, ReplyCount = r.ReplyCount, Depth = r.Depth, ReplyTo = replyTo }
        : new CommentDto
        {
            Id = r.Id,
            ParentId = r.ParentId,
            Author = new AuthorDto(r.AuthorId, r.AuthorName, r.AuthorRole == Role.Commenter ? null : r.AuthorRole.ToString().ToLowerInvariant()),
            Html = r.Html,
            // A shadow-banned author is not told: their comments look published to them.
            Status = r.Status == CommentStatus.Shadowed ? "published" : r.Status.ToString().ToLowerInvariant(),
            CreatedAt = r.CreatedAt,
            EditedAt = r.EditedAt,
            Upvotes = r.Upvotes,
            Downvotes = r.Downvotes,
            ReplyCount = r.ReplyCount,
            Depth = r.Depth,
            ReplyTo = replyTo,
        };
}
