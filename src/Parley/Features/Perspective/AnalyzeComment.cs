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

        var summary = unsupported ? null : classifier.Score(text, TextKind.Comment);
        var sentences = summary is not null && request.SpanAnnotations == true ? SentenceScores(text, summary) : null;
        return new AnalyzeAnswer(attributes, summary, sentences, languages, detected, request.ClientToken);
    }

    private static List<RequestedAttribute> Attributes(Dictionary<string, AttributeParameters?>? requested)
    {
        if (requested is not { Count: > 0 })
        {
            throw PerspectiveException.Invalid("Missing requested_attributes", "NO_REQUESTED_ATTRIBUTES");
        }

        var list = new List<RequestedAttribute>(requested.Count);
        foreach (var (name, parameters) in requested)
        {
            var label = RequestChecks.Attribute(name);
            if (!RequestChecks.IsProbability(parameters?.ScoreType))
            {
                throw PerspectiveException.Invalid(
                    $"Requested score type {RequestChecks.Shorten(parameters!.ScoreType!)} is not supported by attribute {name}");
            }

            list.Add(new RequestedAttribute(name, label, parameters?.ScoreThreshold));
        }

        return list;
    }

    private List<SentenceScore> SentenceScores(string text, ClassificationResult whole)
    {
        var split = Sentences.Split(text);
        var list = new List<SentenceScore>(split.Count);
        foreach (var (begin, end) in split)
        {
            // One sentence is the whole comment: its score is the summary, no second pass.
            var result = split.Count == 1 ? whole : classifier.Score(text[begin..end], TextKind.Comment);
            list.Add(new SentenceScore(begin, end, result));
        }

        return list;
    }
}
