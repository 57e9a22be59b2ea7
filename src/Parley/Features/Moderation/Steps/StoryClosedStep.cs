namespace Parley.Features.Moderation.Steps;

/// <summary>A closed story takes no new comments and no edits.</summary>
internal sealed class StoryClosedStep : IModerationStep
{
    public string Name => "story_closed";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct) =>
        ValueTask.FromResult(context.Story.IsOpen
            ? StepVerdict.None
            : StepVerdict.Refuse(403, "story_closed", "This story is closed for comments."));
}
