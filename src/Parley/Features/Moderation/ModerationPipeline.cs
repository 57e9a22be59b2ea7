namespace Parley.Features.Moderation;

/// <summary>The outcome of running the pipeline on one text.</summary>
internal sealed record ModerationOutcome(StepVerdict Final, string FinalStep, IReadOnlyList<RecordedVerdict> Verdicts);

/// <summary>Runs every create and every edit through <see cref="ModerationSteps.Order"/>.</summary>
internal sealed class ModerationPipeline(IEnumerable<IModerationStep> steps)
{
    private readonly IModerationStep[] _steps = [.. ModerationSteps.Order.Select(t => steps.Single(s => s.GetType() == t))];

    public async Task<ModerationOutcome> RunAsync(ModerationContext context, CancellationToken ct)
    {
        var verdicts = new List<RecordedVerdict>(_steps.Length);
        foreach (var step in _steps)
        {
            var verdict = await step.EvaluateAsync(context, ct);
            verdicts.Add(new RecordedVerdict(step.Name, verdict.Kind.ToString().ToLowerInvariant(), verdict.Code, verdict.Reason, verdict.Data));
            if (verdict.IsFinal)
            {
                return new ModerationOutcome(verdict, step.Name, verdicts);
            }
        }

        return new ModerationOutcome(new StepVerdict(VerdictKind.Publish, "no_objection"), "publish", verdicts);
    }
}
