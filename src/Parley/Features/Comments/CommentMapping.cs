using Parley.Features.Commenters;

namespace Parley.Features.Comments;

internal static class CommentMapping
{
    /// <summary>The comment as its own author sees it (held comments included, shadowing hidden).</summary>
    public static CommentDto ToOwnDto(this Comment c, Commenter author) => new()
    {
        Id = c.Id,
        ParentId = c.ParentId,
        Author = new AuthorDto(author.Id, author.NameHeld ? Parley.Features.Moderation.DisplayNameCheck.HeldName : author.DisplayName, author.Role == Role.Commenter ? null : author.Role.ToString().ToLowerInvariant()),
        Html = c.Status == CommentStatus.Deleted ? null : c.BodyHtml,
        Status = c.Status == CommentStatus.Shadowed ? "published" : c.Status.ToString().ToLowerInvariant(),
        CreatedAt = c.CreatedAt,
        EditedAt = c.EditedAt,
        Upvotes = c.Upvotes,
        Downvotes = c.Downvotes,
        ReplyCount = c.ReplyCount,
        Depth = c.Depth,
    };
}
