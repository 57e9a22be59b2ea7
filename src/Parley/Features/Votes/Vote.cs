using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Features.Commenters;
using Parley.Features.Comments;

namespace Parley.Features.Votes;

/// <summary>One up (+1) or down (-1) vote per commenter per comment.</summary>
internal sealed class Vote
{
    public long CommentId { get; set; }

    public long CommenterId { get; set; }

    public int Value { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> b)
    {
        b.HasKey(v => new { v.CommentId, v.CommenterId });
        b.HasOne<Comment>().WithMany().HasForeignKey(v => v.CommentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Commenter>().WithMany().HasForeignKey(v => v.CommenterId).OnDelete(DeleteBehavior.Cascade);
    }
}
