using System.Text.Json.Serialization;

namespace Parley.Features.Comments;

/// <summary>Body of <c>POST /api/v1/sites/{site}/comments</c>. The server sets ids, status, author and times.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PostCommentRequest(
    string Body,
    long? StoryId = null,
    string? StoryUrl = null,
    string? StoryTitle = null,
    long? ParentId = null,
    string? DisplayName = null,
    string? Email = null,
    bool Insist = false);

/// <summary>Body of <c>PATCH /api/v1/sites/{site}/comments/{id}</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EditCommentRequest(string Body, bool Insist = false);

public sealed record AuthorDto(long Id, string Name, string? Role);

/// <summary>Who a flattened reply answers (shown as "in reply to …").</summary>
public sealed record ReplyToDto(long Id, string? Author);

public sealed record CommentDto
{
    public long Id { get; init; }

    public long? ParentId { get; init; }

    public AuthorDto? Author { get; init; }

    /// <summary>Sanitised HTML; null for tombstones.</summary>
    public string? Html { get; init; }

    public required string Status { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; init; }

    public int Upvotes { get; init; }

    public int Downvotes { get; init; }

    public int ReplyCount { get; init; }

    public int Depth { get; init; }

    public ReplyToDto? ReplyTo { get; init; }

    public List<CommentDto> Replies { get; init; } = [];
}

public sealed record StoryDto(long Id, string Url, string Title, bool IsOpen, int CommentCount);

public sealed record ThreadDto(StoryDto Story, string Sort, List<CommentDto> Comments, string? NextCursor, int EditWindowMinutes, int MaxDepth);

/// <summary>Answer to a post or an edit. <c>Token</c> is set when a guest identity was created for this post.</summary>
public sealed record PostCommentResponse(CommentDto Comment, string? Token);
