using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Commenters;

/// <summary>
/// A signed-in session. Bearer tokens carry its id; signing out deletes the row, which is what lets a
/// signed, unexpired token stop working.
/// </summary>
internal sealed class AuthSession
{
    public required string Id { get; set; }

    public long CommenterId { get; set; }

    public Commenter? Commenter { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}

internal sealed class AuthSessionConfiguration : IEntityTypeConfiguration<AuthSession>
{
    public void Configure(EntityTypeBuilder<AuthSession> b)
    {
        b.Property(s => s.Id).HasMaxLength(64);
        b.HasOne(s => s.Commenter).WithMany().HasForeignKey(s => s.CommenterId).OnDelete(DeleteBehavior.Cascade);
    }
}
