using System.Text.Json;
using Microsoft.Extensions.Options;
using Parley.Classifier;
using Parley.Data;

namespace Parley.Features.Perspective;

/// <summary>
/// <c>comments:suggestscore</c>: a caller's correction, kept as labelled data for its own site's retraining
/// (one row: text and attribute → score), unless the request says <c>doNotStore</c>.
/// </summary>
internal sealed class SuggestCommentScore(KeyRing keys, ParleyDbContext db, WriteGate gate, TimeProvider clock, IOptions<PerspectiveOptions> options)
{
    public async Task<IResult> ExecuteAsync(HttpContext http, CancellationToken ct)
    {
        var key = await keys.AuthorizeAsync(http, "Suggestion", ct);
        var request = await JsonSerializer.DeserializeAsync(http.Request.Body, PerspectiveJsonContext.Default.SuggestCommentScoreRequest, ct)
            ?? throw PerspectiveException.Invalid("Invalid JSON payload received.");
        var text = RequestChecks.Text(request.Comment, options.Value.MaxTextBytes);
        RequestChecks.Context(request.Context);
        var scores = Labels(request.AttributeScores, text.Length);

        if (request.DoNotStore != true)
        {
            await using var tx = await gate.BeginAsync(db, ct);
            db.SuggestedScores.Add(new SuggestedScore
            {
                SiteId = key.SiteId,
                ApiKeyId = key.Id,
                Text = text,
                ScoresJson = JsonSerializer.Serialize(scores, PerspectiveJsonContext.Default.DictionaryStringSingle),
                ClientToken = RequestChecks.Limit(request.ClientToken, 200),
                CommunityId = RequestChecks.Limit(request.CommunityId, 200),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return TypedResults.Json(
            new SuggestCommentScoreResponse
            {
                DetectedLanguages = LanguageGuess.Detect(text),
                RequestedLanguages = request.Languages is { Count: > 0 } l ? l : null,
                ClientToken = request.ClientToken,
            },
            PerspectiveJsonContext.Default.SuggestCommentScoreResponse);
    }

    /// <summary>
    /// One label per attribute: the summary score, or else the highest span score (a comment is at least as
    /// toxic as its worst sentence). Checks what Google's discovery document requires of a suggestion.
    /// </summary>
    private static Dictionary<string, float> Labels(Dictionary<string, AttributeScores?>? suggested, int textLength)
    {
        if (suggested is not { Count: > 0 })
        {
            throw PerspectiveException.Invalid("Missing attribute_scores");
        }

        var labels = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (name, scores) in suggested)
        {
            var label = RequestChecks.Attribute(name);
            if (scores is null || (scores.SummaryScore is null && scores.SpanScores is not { Count: > 0 }))
            {
                throw PerspectiveException.Invalid($"Attribute scores for {name} must not be empty");
            }

            float? value = scores.SummaryScore is { } summary ? Checked(summary, name) : null;
            foreach (var span in scores.SpanScores ?? [])
            {
                if (span.Begin is not { } begin || span.End is not { } end || begin < 0 || end > textLength || begin >= end || span.Score is null)
                {
                    throw PerspectiveException.Invalid($"Span scores for {name} need begin < end within the comment, and a score");
                }

                var spanValue = Checked(span.Score, name);
                value = scores.SummaryScore is null ? Math.Max(value ?? 0, spanValue) : value;
            }

            labels[label.ApiName()] = value!.Value;
        }

        return labels;
    }

    /// <summary>A missing value reads as 0, as proto3 JSON omits zeros (Coral sends 0 for "approved").</summary>
    private static float Checked(Score score, string name) =>
        RequestChecks.IsProbability(score.Type) && (score.Value ?? 0) is var v and >= 0 and <= 1
            ? v
            : throw PerspectiveException.Invalid($"Score for {name} must be a PROBABILITY value between 0 and 1");
}
