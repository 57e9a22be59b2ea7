using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Commenters;
using Parley.Features.Comments;

namespace Parley.Features.Flags;

internal enum FlagReason
{
    Abusive,
    Spam,
    OffTopic,
    Misinformation,
    Other,
}

/// <summary>A reader's report of a comment; one per reader per comment.</summary>
internal sealed class Flag
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public long CommentId { get; set; }

    public long CommenterId { get; set; }

    public FlagReason Reason { get; set; }

    public string? Text { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when a moderator has acted on the comment; resolved flags leave the Reported queue.</summary>
    public DateTime? ResolvedAt { get; set; }
}

internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> b)
    {
        b.Property(f => f.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Text).HasMaxLength(1000);
        b.HasIndex(f => new { f.CommentId, f.CommenterId }).IsUnique();
        b.HasIndex(f => new { f.SiteId, f.ResolvedAt });
        b.HasOne<Comment>().WithMany().HasForeignKey(f => f.CommentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Commenter>().WithMany().HasForeignKey(f => f.CommenterId).OnDelete(DeleteBehavior.Cascade);
    }
}
