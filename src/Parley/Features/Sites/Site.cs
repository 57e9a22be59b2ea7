using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Sites;

/// <summary>A tenant: one news site. Everything else belongs to exactly one site.</summary>
internal sealed class Site
{
    public long Id { get; set; }

    /// <summary>Short public identifier used by the embed snippet (<c>data-site="demo"</c>).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Origins (scheme://host[:port]) allowed to embed the widget and create stories.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public SiteSettings Settings { get; set; } = new();

    public DateTime CreatedAt { get; set; }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.HasIndex(s => s.Slug).IsUnique();
        b.Property(s => s.Slug).HasMaxLength(64);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.AllowedOrigins).HasConversion(
            v => string.Join(' ', v),
            v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>(
                (a, c) => a!.SequenceEqual(c!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));
        // Plain JSON text rather than an owned JSON type: settings hold dictionaries and lists, and a
        // setting added later needs no migration.
        b.Property(s => s.Settings).HasConversion(
            v => JsonSerializer.Serialize(v, JsonOptions),
            v => JsonSerializer.Deserialize<SiteSettings>(v, JsonOptions) ?? new SiteSettings(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<SiteSettings>(
                (a, c) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(c, JsonOptions),
                v => JsonSerializer.Serialize(v, JsonOptions).GetHashCode(),
                v => JsonSerializer.Deserialize<SiteSettings>(JsonSerializer.Serialize(v, JsonOptions), JsonOptions)!));
    }
}
