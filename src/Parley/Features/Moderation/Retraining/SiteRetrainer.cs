using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Classifier;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Retraining;

public sealed record RetrainReport(string Site, int Examples, int HeldBack, double? OldAuc, double? NewAuc, bool Switched, string Message);

/// <summary>
/// Learns from a site's moderators: re-fits the site's head on their approve/reject decisions (and on
/// scores suggested through the Perspective API), measures the current model and the new head on a
/// held-back quarter of those decisions, and switches only when the new head is better. Both figures go
/// to the audit log either way.
/// </summary>
internal sealed class SiteRetrainer(ParleyDbContext db, IToxicityClassifier classifier, SiteHeads heads, TimeProvider clock)
{
    public const int MinExamples = 30;
    public const int MinPerClass = 8;

    /// <summary>The new head must beat the current model by at least this much ROC-AUC.</summary>
    public const double MinGain = 0.01;

    public async Task<RetrainReport> RunAsync(string slug, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct)
            ?? throw new InvalidOperationException($"There is no site '{slug}'.");
        var examples = await LabelledAsync(site.Id, ct);
        var positives = examples.Count(e => e.Rejected);
        if (examples.Count < MinExamples || positives < MinPerClass || examples.Count - positives < MinPerClass)
        {
            var why = $"Not enough decisions yet: {examples.Count} ({positives} rejected); need {MinExamples} with {MinPerClass} of each kind.";
            await AuditAsync(site.Id, new RetrainReport(slug, examples.Count, 0, null, null, false, why), ct);
            return new RetrainReport(slug, examples.Count, 0, null, null, false, why);
        }

        // A stable quarter of the decisions is never trained on: the comparison is on unseen decisions.
        var heldBack = examples.Where(IsHeldBack).ToList();
        var train = examples.Where(e => !IsHeldBack(e)).ToList();
        var current = await heads.ActiveAsync(site.Id, ct);
        var version = $"site-{site.Id}-{clock.GetUtcNow():yyyyMMddHHmmss}";
        var head = SiteHead.Train([.. train.Select(e => (e.Text, e.Shipped, e.Rejected))], version);

        double? oldAuc = Metrics.RocAuc(heldBack.Select(e => (current?.Predict(e.Text, e.Shipped) ?? e.Shipped[ToxicityLabel.Toxicity], e.Rejected)));
        double? newAuc = Metrics.RocAuc(heldBack.Select(e => (head.Predict(e.Text, e.Shipped), e.Rejected)));
        var switched = newAuc is { } n && (oldAuc is not { } o || n >= o + MinGain);
        if (switched)
        {
            await db.SiteModels.Where(m => m.SiteId == site.Id && m.Active).ExecuteUpdateAsync(u => u.SetProperty(m => m.Active, false), ct);
            db.SiteModels.Add(new SiteModel
            {
                SiteId = site.Id,
                Version = version,
                Heads = head.Serialize(),
                Active = true,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                MetricsJson = JsonSerializer.Serialize(new { oldAuc, newAuc, examples = examples.Count, heldBack = heldBack.Count }),
            });
        }

        var report = new RetrainReport(slug, examples.Count, heldBack.Count, oldAuc, newAuc, switched,
            switched ? $"Switched to {version}." : "Kept the current model: the new head was not better on held-back decisions.");
        await AuditAsync(site.Id, report, ct);
        heads.Forget(site.Id);
        return report;
    }

    // Fibonacci hashing of the id, top two bits: a stable quarter that does not follow posting order.
    private static bool IsHeldBack(Labelled e) => (unchecked((ulong)e.Id * 11400714819323198485UL) >> 62) == 0;

    private sealed record Labelled(long Id, string Text, ClassificationResult Shipped, bool Rejected);

    private async Task<List<Labelled>> LabelledAsync(long siteId, CancellationToken ct)
    {
        var decided = await db.Comments.AsNoTracking()
            .Where(c => c.SiteId == siteId && c.ModeratedAt != null && (c.Status == CommentStatus.Published || c.Status == CommentStatus.Rejected)
                && c.ModerationJson != null && c.ModerationJson.Contains("\"toxicity\""))
            .OrderBy(c => c.Id) // training is order-sensitive: the same decisions must give the same head on any database
            .Select(c => new { c.Id, c.BodyMarkdown, Rejected = c.Status == CommentStatus.Rejected }).ToListAsync(ct);
        var suggested = await db.SuggestedScores.AsNoTracking().Where(s => s.SiteId == siteId).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Text, s.ScoresJson }).ToListAsync(ct);

        var result = decided.Select(d => new Labelled(d.Id * 2, d.BodyMarkdown, classifier.Score(d.BodyMarkdown), d.Rejected)).ToList();
        foreach (var s in suggested)
        {
            using var json = JsonDocument.Parse(s.ScoresJson);
            if (json.RootElement.TryGetProperty("TOXICITY", out var t) && t.TryGetDouble(out var score))
            {
                result.Add(new Labelled((s.Id * 2) + 1, s.Text, classifier.Score(s.Text), score >= 0.5));
            }
        }

        return result;
    }

    private async Task AuditAsync(long siteId, RetrainReport r, CancellationToken ct)
    {
        db.Record(siteId, null, "model.retrain", "site", siteId, r.Message, new { r.Examples, r.HeldBack, r.OldAuc, r.NewAuc, r.Switched }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}

internal static class Metrics
{
    /// <summary>ROC-AUC (Mann–Whitney, ties counted half); null when one class is missing.</summary>
    public static double? RocAuc(IEnumerable<(float Score, bool Positive)> scored)
    {
        var items = scored.OrderBy(s => s.Score).ToList();
        long pos = items.Count(i => i.Positive), neg = items.Count - pos;
        if (pos == 0 || neg == 0)
        {
            return null;
        }

        double rankSum = 0;
        for (var i = 0; i < items.Count;)
        {
            var j = i;
            while (j < items.Count && items[j].Score == items[i].Score)
            {
                j++;
            }

            var averageRank = (i + j + 1) / 2.0;
            rankSum += items.Skip(i).Take(j - i).Count(x => x.Positive) * averageRank;
            i = j;
        }

        return (rankSum - (pos * (pos + 1) / 2.0)) / (pos * neg);
    }
}
