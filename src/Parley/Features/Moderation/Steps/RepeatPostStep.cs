namespace Parley.Features.Moderation.Steps;

/// <summary>The same text again from the same author within the site's window is refused (double posts, spam).</summary>
internal sealed class RepeatPostStep(RecentPosts recent) : IModerationStep
{
    public string Name => "repeat_post";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct) =>
        ValueTask.FromResult(
            !context.IsEdit && context.Site.Settings.RepeatPostWindowMinutes > 0 && context.Author.Id != 0 && recent.Contains(context.Author.Id, context.Text)
                ? StepVerdict.Refuse(409, "duplicate_comment", "You have just posted this same comment.")
                : StepVerdict.None);
}
