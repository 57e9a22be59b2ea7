using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Sites;

namespace Parley.Features.Perspective;

/// <summary>
/// A key for the Perspective-compatible API. Belongs to one site; only a SHA-256 hash of the secret is
/// stored, with a short prefix so operators can tell keys apart.
/// </summary>
internal sealed class ApiKey
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public Site? Site { get; set; }

    public required string Name { get; set; }

    /// <summary>First characters of the key, shown in listings.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }

    /// <summary>Quota: requests per second (token bucket, burst of the same size).</summary>
    public int RequestsPerSecond { get; set; } = 10;

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}

/// <summary>Feedback sent to <c>comments:suggestscore</c>: labelled data for the site's retraining.</summary>
internal sealed class SuggestedScore
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public long ApiKeyId { get; set; }

    public required string Text { get; set; }

    /// <summary>Attribute name → suggested score in [0,1], as JSON.</summary>
    public required string ScoresJson { get; set; }

    public string? ClientToken { get; set; }

    public string? CommunityId { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>, IEntityTypeConfiguration<SuggestedScore>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasIndex(k => k.SiteId);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.HasOne(k => k.Site).WithMany().HasForeignKey(k => k.SiteId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SuggestedScore> b)
    {
        b.HasIndex(s => new { s.SiteId, s.CreatedAt });
        b.Property(s => s.ClientToken).HasMaxLength(200);
        b.Property(s => s.CommunityId).HasMaxLength(200);
        b.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ApiKey>().WithMany().HasForeignKey(s => s.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
    }
}
