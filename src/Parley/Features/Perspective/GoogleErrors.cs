using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Parley.Features.Perspective;

/// <summary>
/// Keeps every answer under <c>/v1alpha1</c> in Google's error shape: an endpoint filter for errors raised
/// by the handlers (no exception middleware, no error log per 429), and a ProblemDetails writer for what
/// fails before routing (the global body-size cap, unknown paths, wrong methods).
/// </summary>
internal static class GoogleErrors
{
    public static bool Owns(PathString path) =>
        path.StartsWithSegments("/v1alpha1", StringComparison.Ordinal) || path.StartsWithSegments("/$discovery", StringComparison.Ordinal);

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (PerspectiveException e)
        {
            return Write(context.HttpContext, e);
        }
        catch (JsonException e)
        {
            var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at '{e.Path.TrimStart('$', '.')}'";
            return Write(context.HttpContext, PerspectiveException.Invalid($"Invalid JSON payload received. Cannot parse the value{at}."));
        }
    }

    public static JsonHttpResult<GoogleErrorBody> Write(HttpContext http, PerspectiveException e)
    {
        if (e.RetryAfterSeconds is { } retry)
        {
            http.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Json(e.ToBody(), PerspectiveJsonContext.Default.GoogleErrorBody, statusCode: e.Code);
    }
}

/// <summary>Writes the global error handler's answers for Perspective paths in Google's shape.</summary>
internal sealed class GoogleProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => GoogleErrors.Owns(context.HttpContext.Request.Path);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var code = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var message = context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? "Error.";
        if (code == StatusCodes.Status413PayloadTooLarge)
        {
            // Google answers an oversized payload with 400 INVALID_ARGUMENT, not 413.
            code = StatusCodes.Status400BadRequest;
            message = "Request payload size exceeds the limit. " + message;
        }

        http.Response.StatusCode = code;
        var body = new GoogleErrorBody(new GoogleError(code, message, PerspectiveException.StatusFor(code), null));
        return new ValueTask(http.Response.WriteAsJsonAsync(body, PerspectiveJsonContext.Default.GoogleErrorBody, contentType: null, http.RequestAborted));
    }
}
