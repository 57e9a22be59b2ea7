namespace Parley.Features.Moderation;

/// <summary>
/// One small moderation rule. Several implementations exist by design; their order is declared once
/// in <see cref="ModerationSteps"/>.
/// </summary>
internal interface IModerationStep
{
    /// <summary>Stable name stored with each verdict, e.g. <c>limits</c>.</summary>
    string Name { get; }

    ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct);
}
