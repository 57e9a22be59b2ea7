namespace Parley.Infrastructure;

/// <summary>
/// A client error with a stable machine-readable <see cref="Code"/> the widget translates into words.
/// Thrown from use cases and turned into RFC 7807 ProblemDetails by <see cref="ProblemDetailsSetup"/>.
/// </summary>
internal sealed class ApiException(int status, string code, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    /// <summary>Seconds for a Retry-After header (429 answers).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Extra members copied into the ProblemDetails (e.g. the nudge's labels and spans).</summary>
    public IDictionary<string, object?>? Extensions { get; init; }

    public static ApiException NotFound(string code, string detail) => new(StatusCodes.Status404NotFound, code, detail);

    public static ApiException BadRequest(string code, string detail) => new(StatusCodes.Status400BadRequest, code, detail);

    public static ApiException Forbidden(string code, string detail) => new(StatusCodes.Status403Forbidden, code, detail);

    public static ApiException Conflict(string code, string detail) => new(StatusCodes.Status409Conflict, code, detail);
}
