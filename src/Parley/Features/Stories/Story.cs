using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Sites;

namespace Parley.Features.Stories;

/// <summary>One article page of a site, identified by its canonical URL (and optionally the site's own id).</summary>
internal sealed class Story
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public Site? Site { get; set; }

    public required string Url { get; set; }

    public string? ExternalId { get; set; }

    public required string Title { get; set; }

    public bool IsOpen { get; set; } = true;

    /// <summary>Pre-moderation for this story (none, all, first); null follows the site's setting.</summary>
    public string? PreModeration { get; set; }

    /// <summary>Set when thread health switched the story to pre-moderation by itself (an alert in the workspace).</summary>
    public DateTime? HeatedAt { get; set; }

    /// <summary>Published comments, kept up to date by set-based increments so counts never scan comments.</summary>
    public int CommentCount { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> b)
    {
        b.HasIndex(s => new { s.SiteId, s.Url }).IsUnique();
        b.HasIndex(s => new { s.SiteId, s.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        b.Property(s => s.Url).HasMaxLength(2048);
        b.Property(s => s.ExternalId).HasMaxLength(200);
        b.Property(s => s.Title).HasMaxLength(500);
        b.Property(s => s.PreModeration).HasMaxLength(16);
        b.HasOne(s => s.Site).WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
