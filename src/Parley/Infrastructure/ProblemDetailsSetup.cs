using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Parley.Infrastructure;

/// <summary>
/// Every error leaves as ProblemDetails with a <c>code</c>: ours (<see cref="ApiException"/>), the
/// framework's binding failures (bad JSON, wrong types, invalid UTF-8), oversized bodies and 404s.
/// </summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddParleyProblemDetails(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            if (!ctx.ProblemDetails.Extensions.ContainsKey("code"))
            {
                ctx.ProblemDetails.Extensions["code"] = DefaultCode(ctx.ProblemDetails.Status ?? 500);
            }
        });
        return services;
    }

    public static IApplicationBuilder UseParleyProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteProblem, StatusCodeSelector = StatusFor });
        app.UseStatusCodePages();
        return app;
    }

    private static int StatusFor(Exception e) => Classify(e).Status;

    private static async Task WriteProblem(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, code, detail) = error is null ? (500, "internal_error", "Unexpected error.") : Classify(error);
        if (error is ApiException { RetryAfterSeconds: { } retry })
        {
            context.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails { Status = status, Title = TitleFor(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (error is ApiException { Extensions: { } extra })
        {
            foreach (var (k, v) in extra)
            {
                problem.Extensions[k] = v;
            }
        }

        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = error });
    }

    internal static (int Status, string Code, string Detail) Classify(Exception error) => error switch
    {
        ApiException api => (api.Status, api.Code, api.Message),
        BodyTooLargeException big => (413, "body_too_large", big.Message),
        BadHttpRequestException { StatusCode: 413 } => (413, "body_too_large", "The request body is too large."),
        BadHttpRequestException bad when FindJsonError(bad) is { } json => (400, JsonCode(json), JsonDetail(json)),
        BadHttpRequestException bad when bad.InnerException is DecoderFallbackException =>
            (400, "invalid_encoding", "The request body is not valid UTF-8."),
        BadHttpRequestException bad => (400, "invalid_request", bad.Message),
        _ => (500, "internal_error", "Unexpected error."),
    };

    private static JsonException? FindJsonError(Exception e)
    {
        for (var x = e.InnerException; x is not null; x = x.InnerException)
        {
            if (x is JsonException j)
            {
                return j;
            }
        }

        return null;
    }

    // System.Text.Json reports invalid UTF-8 and invalid \u surrogate escapes as JsonExceptions whose
    // messages (or inner exceptions) name the encoding problem; anything else is malformed JSON.
    private static string JsonCode(JsonException e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is DecoderFallbackException || x.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase)
                || x.Message.Contains("UTF-16", StringComparison.OrdinalIgnoreCase) || x.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
            {
                return "invalid_encoding";
            }
        }

        return "invalid_json";
    }

    private static string JsonDetail(JsonException e) =>
        JsonCode(e) == "invalid_encoding"
            ? "The request body is not valid UTF-8."
            : $"The request body is not valid JSON for this endpoint{(e.Path is { } p ? $" (at {p})" : "")}.";

    private static string DefaultCode(int status) => status switch
    {
        400 => "invalid_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        413 => "body_too_large",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        _ => status >= 500 ? "internal_error" : "error",
    };

    private static string TitleFor(int status) => ReasonPhrases.GetReasonPhrase(status);
}
