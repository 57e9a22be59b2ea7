using System.Text.Json;
using Microsoft.Extensions.Options;
using Parley.Classifier;

namespace Parley.Features.Perspective;

/// <summary>
/// <c>comments:analyze</c>: checks the key and request, scores the text once (and once per sentence
/// when spans are asked for), and answers in Perspective's shape. Nothing of the request is stored or
/// logged, so <c>doNotStore</c> always holds.
/// </summary>
internal sealed class AnalyzeComment(KeyRing keys, IToxicityClassifier classifier, IOptions<PerspectiveOptions> options)
{
    private const string Probability = "PROBABILITY";

    private readonly record struct Requested(string Name, ToxicityLabel Label, float? Threshold);

    public async Task<IResult> ExecuteAsync(HttpContext http, CancellationToken ct)
    {
        await keys.AuthorizeAsync(http, "Analysis", ct);
        var request = await JsonSerializer.DeserializeAsync(http.Request.Body, PerspectiveJsonContext.Default.AnalyzeCommentRequest, ct)
            ?? throw PerspectiveException.Invalid("Invalid JSON payload received.");
        var text = RequestChecks.Text(request.Comment, options.Value.MaxTextBytes);
        RequestChecks.Context(request.Context);
        var attributes = Attributes(request.RequestedAttributes);

        var detected = LanguageGuess.Detect(text);
        var languages = request.Languages is { Count: > 0 } asked ? asked : [detected[0]];
        var unsupported = languages.Any(l => !options.Value.Languages.Contains(LanguageGuess.Primary(l), StringComparer.Ordinal));
        if (unsupported && request.DropUnsupportedAttributes != true)
        {
            throw PerspectiveException.LanguageNotSupported(attributes[0].Name, languages, detected);
        }

        var response = new AnalyzeCommentResponse
        {
            AttributeScores = unsupported ? null : Score(text, attributes, request.SpanAnnotations == true),
            Languages = languages,
            ClientToken = request.ClientToken,
            DetectedLanguages = detected,
        };
        return TypedResults.Json(response, PerspectiveJsonContext.Default.AnalyzeCommentResponse);
    }

    private static List<Requested> Attributes(Dictionary<string, AttributeParameters?>? requested)
    {
        if (requested is not { Count: > 0 })
        {
            throw PerspectiveException.Invalid("Missing requested_attributes", "NO_REQUESTED_ATTRIBUTES");
        }

        var list = new List<Requested>(requested.Count);
        foreach (var (name, parameters) in requested)
        {
            var label = RequestChecks.Attribute(name);
            if (!RequestChecks.IsProbability(parameters?.ScoreType))
            {
                throw PerspectiveException.Invalid(
                    $"Requested score type {RequestChecks.Shorten(parameters!.ScoreType!)} is not supported by attribute {name}");
            }

            list.Add(new Requested(name, label, parameters?.ScoreThreshold));
        }

        return list;
    }

    /// <summary>Scores below a requested threshold are left out, the whole attribute when its summary is.</summary>
    private Dictionary<string, AttributeScores>? Score(string text, List<Requested> attributes, bool spans)
    {
        var summary = classifier.Score(text, TextKind.Comment);
        var sentences = spans ? SentenceScores(text, summary) : [];
        Dictionary<string, AttributeScores>? scores = null;
        foreach (var (name, label, threshold) in attributes)
        {
            var value = summary[label];
            if (value < threshold)
            {
                continue;
            }

            List<SpanScore>? spanScores = null;
            if (spans)
            {
                spanScores = new List<SpanScore>(sentences.Count);
                foreach (var (begin, end, result) in sentences)
                {
                    if (!(result[label] < threshold))
                    {
                        spanScores.Add(new SpanScore { Begin = begin, End = end, Score = new Score { Value = result[label], Type = Probability } });
                    }
                }
            }

            scores ??= new Dictionary<string, AttributeScores>(attributes.Count, StringComparer.Ordinal);
            scores[name] = new AttributeScores { SpanScores = spanScores, SummaryScore = new Score { Value = value, Type = Probability } };
        }

        return scores;
    }

    private List<(int Begin, int End, ClassificationResult Result)> SentenceScores(string text, ClassificationResult whole)
    {
        var split = Sentences.Split(text);
        var list = new List<(int, int, ClassificationResult)>(split.Count);
        foreach (var (begin, end) in split)
        {
            // One sentence is the whole comment: its score is the summary, no second pass.
            var result = split.Count == 1 ? whole : classifier.Score(text[begin..end], TextKind.Comment);
            list.Add((begin, end, result));
        }

        return list;
    }
}
