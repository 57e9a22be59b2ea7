using System.Text.Json.Nodes;

namespace Parley.Features.Perspective;

/// <summary>
/// An error answered in Google's JSON error shape (<c>{"error":{"code","message","status","details"}}</c>)
/// with the messages Perspective documents, so clients that match on them keep working.
/// </summary>
internal sealed class PerspectiveException(int code, string status, string message, JsonArray? details = null) : Exception(message)
{
    private const string ErrorType = "type.googleapis.com/google.commentanalyzer.v1alpha1.Error";

    public int Code { get; } = code;

    public string Status { get; } = status;

    public JsonArray? Details { get; } = details;

    /// <summary>Seconds for Retry-After (429 only; Google sends none, but it costs clients nothing).</summary>
    public int? RetryAfterSeconds { get; init; }

    public GoogleErrorBody ToBody() => new(new GoogleError(Code, Message, Status, Details));

    public static PerspectiveException Invalid(string message, string errorType = "INVALID_REQUEST") =>
        new(400, "INVALID_ARGUMENT", message, [new JsonObject { ["@type"] = ErrorType, ["errorType"] = errorType }]);

    public static PerspectiveException LanguageNotSupported(string attribute, IReadOnlyList<string> requested, IReadOnlyList<string> detected) =>
        new(400, "INVALID_ARGUMENT", $"Attribute {attribute} does not support request languages: {string.Join(", ", requested)}",
        [
            new JsonObject
            {
                ["@type"] = ErrorType,
                ["errorType"] = "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
                ["languageNotSupportedByAttributeError"] = new JsonObject
                {
                    ["detectedLanguages"] = new JsonArray([.. detected.Select(l => (JsonNode)l)]),
                    ["requestedLanguages"] = new JsonArray([.. requested.Select(l => (JsonNode)l)]),
                    ["attribute"] = attribute,
                },
            },
        ]);

    public static PerspectiveException KeyMissing() =>
        new(403, "PERMISSION_DENIED", "The request is missing a valid API key.", Reason("API_KEY_MISSING"));

    public static PerspectiveException KeyInvalid() =>
        new(403, "PERMISSION_DENIED", "API key not valid. Please pass a valid API key.", Reason("API_KEY_INVALID"));

    public static PerspectiveException QuotaExceeded(string method, string keyPrefix, int perSecond, int retryAfter) =>
        new(429, "RESOURCE_EXHAUSTED",
            $"Quota exceeded for quota metric '{method} requests' and limit '{method} requests per second' of service 'parley' for consumer 'key:{keyPrefix}' ({perSecond} per second).",
            Reason("RATE_LIMIT_EXCEEDED"))
        {
            RetryAfterSeconds = retryAfter,
        };

    /// <summary>Google's status name for an HTTP code, for errors raised outside this feature (404, 413…).</summary>
    public static string StatusFor(int code) => code switch
    {
        400 or 413 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 or 405 => "NOT_FOUND",
        409 => "ABORTED",
        429 => "RESOURCE_EXHAUSTED",
        501 => "UNIMPLEMENTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION",
    };

    private static JsonArray Reason(string reason) =>
        [new JsonObject { ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo", ["reason"] = reason, ["domain"] = "parley" }];
}
