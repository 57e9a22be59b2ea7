using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Parley.Classifier;
using Parley.Features.Moderation.Retraining;
using Parley.Features.Sites;

namespace Parley.Features.Moderation.Steps;

/// <summary>
/// The local classifier against the site's per-label thresholds. On a first submit over the nudge
/// threshold the author is asked to rephrase (nothing is stored); posting the same text again, or
/// "post anyway", holds it for a moderator. The classifier runs under a timeout with an explicit
/// failure policy (default: hold — a comment is never lost and never published unchecked).
/// </summary>
internal sealed class ToxicityStep(IToxicityClassifier classifier, SiteHeads siteHeads, IMemoryCache memory, IOptions<ModerationOptions> options,
    ILogger<ToxicityStep> logger) : IModerationStep
{
    public string Name => "toxicity";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        if (!options.Value.ClassifierEnabled)
        {
            return StepVerdict.None;
        }

        ClassificationResult result;
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            result = await Task.Run(() => classifier.Score(context.Text), ct).WaitAsync(TimeSpan.FromMilliseconds(options.Value.ClassifierTimeoutMs), ct);
        }
        // Any failure of the classifier, a bug included (session 18's rules twice indexed outside a text's tokens), falls to the
        // site's policy: a comment is never lost to a 500. Only the request's own cancellation propagates. The log names the
        // failure, never the text.
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            logger.LogWarning("Classifier failed ({Error}) on a {Length}-character comment; site policy: {Policy}", e.GetType().Name,
                context.Text.Length, context.Site.Settings.ClassifierFailure);
            return context.Site.Settings.ClassifierFailure == "publish"
                ? new StepVerdict(VerdictKind.NoOpinion, "classifier_unavailable", "Classifier failed; site policy publishes.")
                : new StepVerdict(VerdictKind.Hold, "classifier_unavailable", "Classifier failed or timed out; held by policy.");
        }

        var settings = context.Site.Settings;
        var nudgeKey = NudgeKey(context);
        var insisted = context.Insist || memory.TryGetValue(nudgeKey, out _);
        var overNudge = Over(result, settings, t => t.Nudge);
        var overHold = Over(result, settings, t => t.Hold);
        // The labels this step can act on: a nudge's only where nudging is on.
        var acted = settings.NudgeEnabled ? overNudge.Union(overHold).ToList() : overHold;
        result = await ExplainAsync(context.Text, result, acted, options.Value.ClassifierTimeoutMs - started.ElapsedMilliseconds, ct);
        var data = Evidence(result, settings);

        if (settings.NudgeEnabled && !insisted && overNudge.Count > 0)
        {
            memory.Set(nudgeKey, true, TimeSpan.FromMinutes(options.Value.NudgeMemoryMinutes));
            return new StepVerdict(VerdictKind.Nudge, "nudge", "Your comment may break the discussion rules. Please rephrase it, or post it for review.")
            {
                Data = NudgeData(result, overNudge),
            };
        }

        var holdAt = insisted && settings.NudgeEnabled ? overNudge.Union(overHold).ToList() : overHold;
        if (holdAt.Count > 0)
        {
            return new StepVerdict(VerdictKind.Hold, "toxicity:" + holdAt[0].ApiName(), "Classifier score over the site's threshold.") { Data = data };
        }

        // The site's own head (learnt from its moderators) holds what they consistently reject.
        if (await siteHeads.ActiveAsync(context.Site.Id, ct) is { } head)
        {
            var p = head.Predict(context.Text, result);
            var hold = settings.Thresholds.TryGetValue("TOXICITY", out var t) ? t.Hold : 0.7;
            var withSite = new { shipped = data, site = new { version = head.Version, score = Math.Round(p, 4) } };
            if (p >= hold)
            {
                return new StepVerdict(VerdictKind.Hold, "toxicity:SITE_MODEL", "The site's own model expects moderators to reject this.") { Data = withSite };
            }

            return new StepVerdict(VerdictKind.NoOpinion, "scored") { Data = withSite };
        }

        return new StepVerdict(VerdictKind.NoOpinion, "scored") { Data = data };
    }

    /// <summary>
    /// Spans for the labels this step acts on that the score left without any (a flag of the combined tier's semantic
    /// half: <see cref="IToxicityClassifier.Explain"/>), so the author and the moderator see which words it rests on. It
    /// runs only for such flags, within what is left of the classifier's timeout (below <see cref="MinExplainMs"/> it
    /// is skipped), and is cancelled when that runs out, so no abandoned explanation keeps a core busy; a failure keeps
    /// the spanless result, never changes the decision.
    /// </summary>
    private async Task<ClassificationResult> ExplainAsync(string text, ClassificationResult result, List<ToxicityLabel> labels,
        long remainingMs, CancellationToken ct)
    {
        if (!labels.Any(l => result.Spans[(int)l].Count == 0) || remainingMs < MinExplainMs)
        {
            return result;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromMilliseconds(remainingMs));
        try
        {
            return await Task.Run(() => classifier.Explain(text, result, labels, TextKind.Comment, budget.Token), budget.Token);
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            logger.LogWarning("Classifier explanation failed ({Error}) on a {Length}-character comment; kept the scores without spans",
                e.GetType().Name, text.Length);
            return result;
        }
    }

    /// <summary>Less time than this left of the timeout: an explanation (a few embeddings at least) is not started.</summary>
    private const long MinExplainMs = 50;

    private static List<ToxicityLabel> Over(ClassificationResult r, SiteSettings s, Func<LabelThresholds, double> pick) =>
        [.. ToxicityLabels.All.Where(l => s.Thresholds.TryGetValue(l.ApiName(), out var t) && r[l] >= pick(t)).OrderByDescending(l => r[l])];

    /// <summary>What is stored with the comment: every score, the spans, the model version.</summary>
    private static object Evidence(ClassificationResult r, SiteSettings s) => new
    {
        model = r.ModelVersion,
        scores = ToxicityLabels.All.ToDictionary(l => l.ApiName(), l => Math.Round(r[l], 4)),
        spans = ToxicityLabels.All.Where(l => r.Spans[(int)l].Count > 0).ToDictionary(
            l => l.ApiName(),
            l => r.Spans[(int)l].Select(x => new { begin = x.Begin, end = x.End, score = Math.Round(x.Contribution, 4) }).ToList()),
    };

    /// <summary>What the widget shows the author: which labels, and which words to reconsider.</summary>
    private static object NudgeData(ClassificationResult r, List<ToxicityLabel> labels) => new
    {
        labels = labels.Select(l => new { label = l.ApiName(), score = Math.Round(r[l], 3) }).ToList(),
        spans = labels.SelectMany(l => r.Spans[(int)l].Select(x => new { begin = x.Begin, end = x.End, label = l.ApiName(), score = Math.Round(x.Contribution, 3) }))
            .OrderBy(x => x.begin).ToList(),
    };

    private static string NudgeKey(ModerationContext c)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c.Text.Trim())), 0, 12);
        return $"nudged:{c.Site.Id}:{(c.Author.Id == 0 ? "ip:" + c.ClientIpHash : c.Author.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))}:{hash}";
    }
}
