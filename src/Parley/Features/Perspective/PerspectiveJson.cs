using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Parley.Features.Perspective;

// Request and response shapes of Perspective's v1alpha1 REST API (commentanalyzer discovery document),
// kept apart from the entities: everything a client sends is untrusted and validated in the use cases.
// The analyze answer, the hot path, is written by AnalyzeAnswer instead of serialised from classes.

internal sealed class TextEntry
{
    public string? Text { get; init; }

    public string? Type { get; init; }
}

internal sealed class AttributeParameters
{
    public string? ScoreType { get; init; }

    public float? ScoreThreshold { get; init; }
}

internal sealed class AnalyzeCommentRequest
{
    public TextEntry? Comment { get; init; }

    /// <summary>Accepted and checked for shape; not used for scoring (neither does Perspective).</summary>
    public JsonElement? Context { get; init; }

    public Dictionary<string, AttributeParameters?>? RequestedAttributes { get; init; }

    public bool? SpanAnnotations { get; init; }

    public List<string>? Languages { get; init; }

    public bool? DoNotStore { get; init; }

    public string? ClientToken { get; init; }

    public string? SessionId { get; init; }

    public string? CommunityId { get; init; }

    public bool? DropUnsupportedAttributes { get; init; }
}

internal sealed class Score
{
    public float? Value { get; init; }

    public string? Type { get; init; }
}

internal sealed class SpanScore
{
    public int? Begin { get; init; }

    public int? End { get; init; }

    public Score? Score { get; init; }
}

internal sealed class AttributeScores
{
    public List<SpanScore>? SpanScores { get; init; }

    public Score? SummaryScore { get; init; }
}

internal sealed class SuggestCommentScoreRequest
{
    public TextEntry? Comment { get; init; }

    public JsonElement? Context { get; init; }

    public Dictionary<string, AttributeScores?>? AttributeScores { get; init; }

    public List<string>? Languages { get; init; }

    public string? CommunityId { get; init; }

    public string? ClientToken { get; init; }

    public string? SessionId { get; init; }

    /// <summary>Not in Google's API (every suggestion is stored there); here it means "check it, keep nothing".</summary>
    public bool? DoNotStore { get; init; }
}

internal sealed class SuggestCommentScoreResponse
{
    public List<string>? DetectedLanguages { get; init; }

    public List<string>? RequestedLanguages { get; init; }

    public string? ClientToken { get; init; }
}

internal sealed record GoogleErrorBody(GoogleError Error);

internal sealed record GoogleError(int Code, string Message, string Status, JsonArray? Details);

/// <summary>Source-generated (no reflection on the hot path); camelCase and nulls omitted like Google's JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(AnalyzeCommentRequest))]
[JsonSerializable(typeof(SuggestCommentScoreRequest))]
[JsonSerializable(typeof(SuggestCommentScoreResponse))]
[JsonSerializable(typeof(GoogleErrorBody))]
[JsonSerializable(typeof(Dictionary<string, float>))]
internal sealed partial class PerspectiveJsonContext : JsonSerializerContext;
