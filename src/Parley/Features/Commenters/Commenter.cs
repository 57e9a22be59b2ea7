using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Sites;

namespace Parley.Features.Commenters;

internal enum CommenterKind
{
    Guest,
    Account,
}

internal enum Role
{
    Commenter,
    Moderator,
    Admin,
}

/// <summary>
/// Someone who comments on one site: a guest (display name, optional email) or a local account.
/// Identities are per site so a role or sanction on one tenant never reaches another.
/// </summary>
internal sealed class Commenter
{
    public long Id { get; set; }

    public long SiteId { get; set; }

    public Site? Site { get; set; }

    public CommenterKind Kind { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Lower-cased; unique per site for accounts.</summary>
    public string? Email { get; set; }

    /// <summary>Account sign-in name, lower-cased, unique per site; null for guests.</summary>
    public string? UserName { get; set; }

    public string? PasswordHash { get; set; }

    public Role Role { get; set; }

    /// <summary>The display name was flagged by the word lists or classifier; shown as "Guest" until approved.</summary>
    public bool NameHeld { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class CommenterConfiguration : IEntityTypeConfiguration<Commenter>
{
    public void Configure(EntityTypeBuilder<Commenter> b)
    {
        b.HasIndex(c => new { c.SiteId, c.UserName }).IsUnique().HasFilter("\"UserName\" IS NOT NULL");
        b.Property(c => c.DisplayName).HasMaxLength(100);
        b.Property(c => c.Email).HasMaxLength(320);
        b.Property(c => c.UserName).HasMaxLength(100);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
        b.HasOne(c => c.Site).WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
