using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Commenters;

namespace Parley.Features.Moderation;

internal enum SanctionKind
{
    /// <summary>May not post at all.</summary>
    Ban,

    /// <summary>May not post until <see cref="Sanction.Until"/>.</summary>
    Suspend,

    /// <summary>Comments are stored as shadowed: visible to the author only.</summary>
    Shadow,

    /// <summary>Every comment is held for a moderator.</summary>
    PreModerate,
}

/// <summary>A moderator's measure against a commenter; lifted, not deleted, so history stays.</summary>
internal sealed class Sanction
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public long CommenterId { get; set; }

    public SanctionKind Kind { get; set; }

    public DateTime? Until { get; set; }

    public string? Reason { get; set; }

    public long? CreatedById { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LiftedAt { get; set; }
}

/// <summary>Append-only record of every decision, setting change and sanction: who, when, what, why.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    /// <summary>The moderator or admin; null for the system (thread health, retraining).</summary>
    public long? ActorId { get; set; }

    public required string Action { get; set; }

    public string? TargetType { get; set; }

    public long? TargetId { get; set; }

    public string? Reason { get; set; }

    public string? DataJson { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A site's re-fitted classifier heads (from its moderators' decisions), with the measured gain.</summary>
internal sealed class SiteModel
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public required string Version { get; set; }

    public required byte[] Heads { get; set; }

    public string? MetricsJson { get; set; }

    public bool Active { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ModerationConfiguration :
    IEntityTypeConfiguration<Sanction>, IEntityTypeConfiguration<AuditEntry>, IEntityTypeConfiguration<SiteModel>
{
    public void Configure(EntityTypeBuilder<Sanction> b)
    {
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Reason).HasMaxLength(1000);
        b.HasIndex(s => new { s.CommenterId, s.LiftedAt });
        b.HasOne<Commenter>().WithMany().HasForeignKey(s => s.CommenterId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.TargetType).HasMaxLength(32);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasIndex(a => new { a.SiteId, a.CreatedAt });
        b.HasOne<Parley.Features.Sites.Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SiteModel> b)
    {
        b.Property(m => m.Version).HasMaxLength(64);
        b.HasIndex(m => new { m.SiteId, m.Active });
        b.HasOne<Parley.Features.Sites.Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
