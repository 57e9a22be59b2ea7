using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Features.Perspective;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary>Helpers that speak the Perspective-compatible API over HTTP, the way a client would.</summary>
internal static class PerspectiveKit
{
    public const string Analyze = "/v1alpha1/comments:analyze";
    public const string Suggest = "/v1alpha1/comments:suggestscore";

    public static readonly string[] AllAttributes = ["TOXICITY", "SEVERE_TOXICITY", "INSULT", "IDENTITY_ATTACK", "PROFANITY", "THREAT"];

    /// <summary>Creates a key through the same service the CLI and workspace use; returns its id and secret.</summary>
    public static async Task<(long Id, string Secret)> CreateKeyAsync(this ParleyApp app, string site, int rps = 1000, string name = "test")
    {
        using var scope = app.Services.CreateScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(site, name, rps, CancellationToken.None);
        return (issued.Key.Id, issued.Secret);
    }

    public static async Task<T> KeysAsync<T>(this ParleyApp app, Func<ApiKeyService, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ApiKeyService>());
    }

    /// <summary>Names exactly as written (no camelCase policy): attribute names are upper case in Perspective.</summary>
    public static readonly JsonSerializerOptions Json = new();

    public static Task<HttpResponseMessage> PostAsync(this ParleyApp app, string path, string key, object body) =>
        app.Client().PostAsJsonAsync($"{path}?key={Uri.EscapeDataString(key)}", body, Json);

    public static Task<HttpResponseMessage> PostJsonAsync(this ParleyApp app, string pathAndQuery, string json) =>
        app.Client().PostAsync(pathAndQuery, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> AnalyzeOkAsync(this ParleyApp app, string key, object body) =>
        await (await app.PostAsync(Analyze, key, body)).ReadJsonAsync(HttpStatusCode.OK);

    public static object Request(string text, bool spans = false, params string[] attributes) => new
    {
        comment = new { text },
        requestedAttributes = (attributes.Length == 0 ? AllAttributes : attributes).ToDictionary(a => a, _ => new { }),
        spanAnnotations = spans,
        languages = new[] { "en" },
    };

    /// <summary>Asserts Google's error JSON: <c>{"error":{"code","message","status"}}</c> and the HTTP status.</summary>
    public static async Task<JsonElement> AssertGoogleErrorAsync(this HttpResponseMessage response, HttpStatusCode code, string status, string? message = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == code, $"Expected {(int)code} {status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var error = JsonDocument.Parse(text).RootElement.GetProperty("error").Clone();
        Assert.Equal((int)code, error.GetProperty("code").GetInt32());
        Assert.Equal(status, error.GetProperty("status").GetString());
        if (message is not null)
        {
            Assert.Equal(message, error.GetProperty("message").GetString());
        }

        return error;
    }

    public static float Summary(this JsonElement response, string attribute) =>
        response.GetProperty("attributeScores").GetProperty(attribute).GetProperty("summaryScore").GetProperty("value").GetSingle();
}
