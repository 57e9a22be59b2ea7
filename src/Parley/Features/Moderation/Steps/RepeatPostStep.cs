using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Steps;

/// <summary>The same text again from the same author within the site's window is refused (double posts, spam).</summary>
internal sealed class RepeatPostStep(ParleyDbContext db, TimeProvider clock) : IModerationStep
{
    public string Name => "repeat_post";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        var window = context.Site.Settings.RepeatPostWindowMinutes;
        if (context.IsEdit || window <= 0 || context.Author.Id == 0)
        {
            return StepVerdict.None;
        }

        var since = clock.GetUtcNow().UtcDateTime.AddMinutes(-window);
        var text = context.Text.Trim();
        var repeated = await db.Comments.AnyAsync(
            c => c.AuthorId == context.Author.Id && c.CreatedAt > since && c.Status != CommentStatus.Deleted && c.BodyMarkdown.Trim() == text, ct);
        return repeated
            ? StepVerdict.Refuse(409, "duplicate_comment", "You have just posted this same comment.")
            : StepVerdict.None;
    }
}
