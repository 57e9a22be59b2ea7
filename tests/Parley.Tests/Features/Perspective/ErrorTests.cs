using System.Net;
using System.Net.Http.Json;
using System.Text;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary>Errors come back in Google's JSON error shape with the messages Perspective documents (limits.md).</summary>
public sealed class ErrorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    private async Task<string> KeyAsync() => (await App.CreateKeyAsync((await App.CreateSiteAsync()).Slug)).Secret;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyText_Is400_CommentEmpty(string text)
    {
        var response = await App.PostAsync(PerspectiveKit.Analyze, await KeyAsync(), PerspectiveKit.Request(text));

        var error = await response.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT", "Comment must be non-empty.");
        Assert.Equal("COMMENT_EMPTY", error.GetProperty("details")[0].GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task TextOver20KB_Is400_WithPerspectivesMessage()
    {
        var text = new string('é', 10_300); // 20,600 UTF-8 bytes in 10,300 characters

        var response = await App.PostAsync(PerspectiveKit.Analyze, await KeyAsync(), PerspectiveKit.Request(text));

        var error = await response.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT",
            "Comment text was too many bytes. Value (20600) exceeded limit (20480).");
        Assert.Equal("COMMENT_TOO_LONG", error.GetProperty("details")[0].GetProperty("errorType").GetString());
    }

    [Fact]
    public async Task BodyOverTheServerCap_IsStillGoogleShaped_WithOrWithoutContentLength()
    {
        var key = await KeyAsync();
        var body = System.Text.Json.JsonSerializer.Serialize(PerspectiveKit.Request(new string('a', 70_000)), PerspectiveKit.Json);

        // Content-Length over the cap: refused by the global middleware before routing.
        var declared = await App.PostJsonAsync($"{PerspectiveKit.Analyze}?key={key}", body);
        await declared.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT");

        // Chunked: cut off while the handler reads it.
        var chunked = await App.PostAsync(PerspectiveKit.Analyze, key, PerspectiveKit.Request(new string('a', 70_000)));
        await chunked.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT");
    }

    [Theory]
    [InlineData("""{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{}, "SPAM":{}}}""", "Unknown requested attribute: SPAM")]
    [InlineData("""{"comment":{"text":"hi"},"requestedAttributes":{}}""", "Missing requested_attributes")]
    [InlineData("""{"comment":{"text":"hi"}}""", "Missing requested_attributes")]
    [InlineData("""{"comment":{"text":"hi","type":"HTML"},"requestedAttributes":{"TOXICITY":{}}}""", "Currently, only 'PLAIN_TEXT' comments are supported")]
    [InlineData("""{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{"scoreType":"PERCENTILE"}}}""", "Requested score type PERCENTILE is not supported by attribute TOXICITY")]
    [InlineData("""{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{}},"context":{"entries":[],"articleAndParentComment":{}}}""",
        "Context can have either entries or article_and_parent_comment, but both fields were populated.")]
    [InlineData("""{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{"scoreThreshold":"high"}}}""",
        "Invalid JSON payload received. Cannot parse the value at 'requestedAttributes.TOXICITY.scoreThreshold'.")]
    [InlineData("""{"comment":""", null)]
    public async Task BadRequests_Are400_InvalidArgument(string body, string? message)
    {
        var response = await App.PostJsonAsync($"{PerspectiveKit.Analyze}?key={await KeyAsync()}", body);

        await response.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT", message);
    }

    [Fact]
    public async Task MissingKey_Is403_PermissionDenied()
    {
        var response = await App.Client().PostAsJsonAsync(PerspectiveKit.Analyze, PerspectiveKit.Request("hello"), PerspectiveKit.Json);

        await response.AssertGoogleErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED", "The request is missing a valid API key.");
    }

    [Fact]
    public async Task UnknownKey_Is403_PermissionDenied()
    {
        var response = await App.PostAsync(PerspectiveKit.Analyze, "pk_not-a-real-key", PerspectiveKit.Request("hello"));

        await response.AssertGoogleErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED", "API key not valid. Please pass a valid API key.");
    }

    [Fact]
    public async Task WrongMethodAndUnknownPath_AreGoogleShaped()
    {
        var get = await App.Client().GetAsync(PerspectiveKit.Analyze);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Contains("\"status\":\"NOT_FOUND\"", await get.Content.ReadAsStringAsync());

        var unknown = await App.Client().PostAsync("/v1alpha1/comments:classify", new StringContent("{}", Encoding.UTF8, "application/json"));
        await unknown.AssertGoogleErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("de", "Das ist ein Kommentar.")]
    [InlineData("es-ES", "Este es un comentario.")]
    public async Task RequestLanguageOtherThanEnglish_IsRefusedPerAttribute(string language, string text)
    {
        var response = await App.PostAsync(PerspectiveKit.Analyze, await KeyAsync(), new
        {
            comment = new { text },
            languages = new[] { language },
            requestedAttributes = new { INSULT = new { }, TOXICITY = new { } },
        });

        var error = await response.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT",
            $"Attribute INSULT does not support request languages: {language}");
        var detail = error.GetProperty("details")[0];
        Assert.Equal("LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE", detail.GetProperty("errorType").GetString());
        Assert.Equal("INSULT", detail.GetProperty("languageNotSupportedByAttributeError").GetProperty("attribute").GetString());
    }

    [Theory]
    [InlineData("Hola, ¿qué tal? Me parece que el artículo es muy bueno y que los datos están claros.", "es")]
    [InlineData("Ceci est un très bon article et je pense que les chiffres sont clairs pour tout le monde.", "fr")]
    [InlineData("Это очень хорошая статья, спасибо автору.", "ru")]
    [InlineData("これはとても良い記事です。", "ja")]
    public async Task DetectedLanguageOtherThanEnglish_IsRefused_OrDroppedOnRequest(string text, string detected)
    {
        var key = await KeyAsync();

        var refused = await App.PostAsync(PerspectiveKit.Analyze, key, new { comment = new { text }, requestedAttributes = new { TOXICITY = new { } } });
        await refused.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT", $"Attribute TOXICITY does not support request languages: {detected}");

        var dropped = await App.AnalyzeOkAsync(key, new { comment = new { text }, requestedAttributes = new { TOXICITY = new { } }, dropUnsupportedAttributes = true });
        Assert.False(dropped.TryGetProperty("attributeScores", out _));
        Assert.Equal(detected, dropped.GetProperty("detectedLanguages")[0].GetString());
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("The mayor said the plan is on track.")]
    [InlineData("lol 😂😂")]
    public async Task ShortOrPlainEnglish_IsNeverRefused(string text)
    {
        var json = await App.AnalyzeOkAsync(await KeyAsync(), new { comment = new { text }, requestedAttributes = new { TOXICITY = new { } } });

        Assert.Equal("en", json.GetProperty("languages")[0].GetString());
    }

    [Fact]
    public async Task SuggestScore_ValidatesScores()
    {
        var key = await KeyAsync();

        var outOfRange = await App.PostAsync(PerspectiveKit.Suggest, key,
            new { comment = new { text = "hi" }, attributeScores = new { TOXICITY = new { summaryScore = new { value = 1.5 } } } });
        await outOfRange.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT");

        var empty = await App.PostAsync(PerspectiveKit.Suggest, key, new { comment = new { text = "hi" }, attributeScores = new { } });
        await empty.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT");

        var badSpan = await App.PostAsync(PerspectiveKit.Suggest, key, new
        {
            comment = new { text = "hi" },
            attributeScores = new { INSULT = new { spanScores = new[] { new { begin = 0, end = 99, score = new { value = 1 } } } } },
        });
        await badSpan.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT");
    }
}
