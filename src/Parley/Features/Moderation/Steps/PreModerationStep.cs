using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Steps;

/// <summary>Story or site pre-moderation: hold everything, or a commenter's first comment on each story.</summary>
internal sealed class PreModerationStep(ParleyDbContext db) : IModerationStep
{
    public string Name => "premoderation";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        var mode = context.Story.PreModeration ?? context.Site.Settings.PreModeration;
        switch (mode)
        {
            case "all":
                return new StepVerdict(VerdictKind.Hold, "premoderation", context.Story.PreModeration is null ? "The site pre-moderates all comments." : "This story is pre-moderated.");
            case "first" when !context.IsEdit:
                var authorId = context.Author.Id;
                var hasPublished = authorId != 0 && await db.Comments.AnyAsync(
                    c => c.AuthorId == authorId && c.StoryId == context.Story.Id && c.Status == CommentStatus.Published, ct);
                return hasPublished ? StepVerdict.None : new StepVerdict(VerdictKind.Hold, "premoderation_first", "A commenter's first comment on a story is reviewed.");
            default:
                return StepVerdict.None;
        }
    }
}
