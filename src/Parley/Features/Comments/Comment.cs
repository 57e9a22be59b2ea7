using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Commenters;
using Parley.Features.Stories;

namespace Parley.Features.Comments;

internal enum CommentStatus
{
    Published,
    Pending,
    Rejected,
    Deleted,

    /// <summary>Visible to its author only, who is not told (shadow ban).</summary>
    Shadowed,
}

internal sealed class Comment
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public long StoryId { get; set; }

    public Story? Story { get; set; }

    public long? ParentId { get; set; }

    /// <summary>
    /// The top-level ancestor of a reply (null for top-level comments, so a post is one INSERT): one indexed
    /// query loads all replies of a page.
    /// </summary>
    public long? RootId { get; set; }

    public int Depth { get; set; }

    public long AuthorId { get; set; }

    public Commenter? Author { get; set; }

    /// <summary>Markdown exactly as the author wrote it. Never rendered without sanitising.</summary>
    public required string BodyMarkdown { get; set; }

    /// <summary>Sanitised HTML rendered from <see cref="BodyMarkdown"/> by the server.</summary>
    public required string BodyHtml { get; set; }

    public CommentStatus Status { get; set; }

    /// <summary>Every pipeline step's verdict, scores, spans and model version, as JSON.</summary>
    public string? ModerationJson { get; set; }

    public int Upvotes { get; set; }

    public int Downvotes { get; set; }

    /// <summary>Upvotes minus downvotes; stored so "best" sorting is an index scan.</summary>
    public int Score { get; set; }

    /// <summary>Direct replies in any status; a deleted comment with replies stays as a tombstone.</summary>
    public int ReplyCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }

    /// <summary>Why the pipeline held or rejected it, e.g. <c>toxicity:INSULT</c>, <c>banned_word</c>: the queue filter.</summary>
    public string? Reason { get; set; }

    /// <summary>Picked by a moderator; shown first by the widget.</summary>
    public bool Featured { get; set; }

    public long? ModeratedById { get; set; }

    public DateTime? ModeratedAt { get; set; }

    public List<CommentRevision> Revisions { get; set; } = [];
}

/// <summary>A previous text of an edited comment.</summary>
internal sealed class CommentRevision
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    public required string BodyMarkdown { get; set; }

    /// <summary>When this text was replaced.</summary>
    public DateTime ReplacedAt { get; set; }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> b)
    {
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.StoryId, c.CreatedAt, c.Id });

        // The first page of a thread reads top-level comments in time or score order. Partial indexes rather
        // than (StoryId, ParentId, …): PostgreSQL does not treat "ParentId IS NULL" as an equality, so it could
        // not walk such an index in CreatedAt order and sorted all 20,000 comments of a large story instead.
        b.HasIndex(c => new { c.StoryId, c.CreatedAt, c.Id }, "IX_Comments_TopLevel_Time").HasFilter("\"ParentId\" IS NULL");
        b.HasIndex(c => new { c.StoryId, c.Score, c.Id }, "IX_Comments_TopLevel_Score").HasFilter("\"ParentId\" IS NULL");
        b.HasIndex(c => new { c.RootId });
        b.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        b.HasIndex(c => new { c.SiteId, c.Status, c.CreatedAt });
        b.Property(c => c.Reason).HasMaxLength(100);
        b.HasOne(c => c.Story).WithMany().HasForeignKey(c => c.StoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}
