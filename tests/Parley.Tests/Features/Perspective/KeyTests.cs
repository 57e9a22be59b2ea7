using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Infrastructure;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary>Keys belong to one site, are stored hashed, carry a quota, and stop working at once when revoked.</summary>
public sealed class KeyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task KeyInHeader_WorksLikeKeyInQuery()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);
        var request = new HttpRequestMessage(HttpMethod.Post, PerspectiveKit.Analyze) { Content = JsonContent.Create(PerspectiveKit.Request("Nice piece."), options: PerspectiveKit.Json) };
        request.Headers.Add("X-Goog-Api-Key", key);

        var response = await App.Client().SendAsync(request);

        await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Keys_AreStoredOnlyAsSha256()
    {
        var site = await App.CreateSiteAsync();
        var (id, key) = await App.CreateKeyAsync(site.Slug);

        var stored = await App.DbAsync(db => db.ApiKeys.SingleAsync(k => k.Id == id));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored.Hash);
        Assert.StartsWith(stored.Prefix, key);
        Assert.True(stored.Prefix.Length < key.Length / 2);
        Assert.DoesNotContain(await App.DbAsync(db => db.ApiKeys.Select(k => k.Name + k.Prefix + k.Hash).ToListAsync()), s => s.Contains(key));
    }

    [Fact]
    public async Task RevokedKey_IsRefusedAtOnce_EvenWhenCached()
    {
        var site = await App.CreateSiteAsync();
        var (id, key) = await App.CreateKeyAsync(site.Slug);
        await App.AnalyzeOkAsync(key, PerspectiveKit.Request("Good morning.")); // now cached

        await App.KeysAsync(k => k.RevokeAsync(site.Slug, id, CancellationToken.None));

        var response = await App.PostAsync(PerspectiveKit.Analyze, key, PerspectiveKit.Request("Good morning."));
        await response.AssertGoogleErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        var listed = Assert.Single(await App.KeysAsync(k => k.ListAsync(site.Slug, CancellationToken.None)));
        Assert.NotNull(listed.RevokedAt);
    }

    [Fact]
    public async Task RotatedKey_OldSecretStops_NewSecretWorks_SameKeyId()
    {
        var site = await App.CreateSiteAsync();
        var (id, oldKey) = await App.CreateKeyAsync(site.Slug);
        await App.AnalyzeOkAsync(oldKey, PerspectiveKit.Request("Good morning."));

        var rotated = await App.KeysAsync(k => k.RotateAsync(site.Slug, id, CancellationToken.None));

        Assert.Equal(id, rotated.Key.Id);
        Assert.NotEqual(oldKey, rotated.Secret);
        await (await App.PostAsync(PerspectiveKit.Analyze, oldKey, PerspectiveKit.Request("Hi."))).AssertGoogleErrorAsync(HttpStatusCode.Forbidden, "PERMISSION_DENIED");
        await App.AnalyzeOkAsync(rotated.Secret, PerspectiveKit.Request("Hi."));
    }

    [Fact]
    public async Task QuotaExceeded_Is429_ResourceExhausted_UntilTheBucketRefills()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug, rps: 3);

        for (var i = 0; i < 3; i++)
        {
            await App.AnalyzeOkAsync(key, PerspectiveKit.Request("Fine."));
        }

        var limited = await App.PostAsync(PerspectiveKit.Analyze, key, PerspectiveKit.Request("Fine."));
        await limited.AssertGoogleErrorAsync((HttpStatusCode)429, "RESOURCE_EXHAUSTED");
        Assert.Equal("1", limited.Headers.GetValues("Retry-After").Single());

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await App.AnalyzeOkAsync(key, PerspectiveKit.Request("Fine."));
    }

    [Fact]
    public async Task QuotaIsPerKey_AnotherKeyOfTheSameSiteIsUnaffected()
    {
        var site = await App.CreateSiteAsync();
        var (_, busy) = await App.CreateKeyAsync(site.Slug, rps: 1);
        var (_, other) = await App.CreateKeyAsync(site.Slug, rps: 1, name: "other");

        await App.AnalyzeOkAsync(busy, PerspectiveKit.Request("Fine."));
        await (await App.PostAsync(PerspectiveKit.Analyze, busy, PerspectiveKit.Request("Fine."))).AssertGoogleErrorAsync((HttpStatusCode)429, "RESOURCE_EXHAUSTED");

        await App.AnalyzeOkAsync(other, PerspectiveKit.Request("Fine."));
    }

    [Fact]
    public async Task SiteIsolation_KeysAndSuggestionsStayWithTheirSite()
    {
        var a = await App.CreateSiteAsync();
        var b = await App.CreateSiteAsync();
        var (aKeyId, aKey) = await App.CreateKeyAsync(a.Slug, name: "coral");
        await App.CreateKeyAsync(b.Slug, name: "bot");

        // Site B cannot see, rotate or revoke site A's key.
        Assert.Equal(["bot"], (await App.KeysAsync(k => k.ListAsync(b.Slug, CancellationToken.None))).Select(k => k.Name));
        var revoke = await Assert.ThrowsAsync<ApiException>(() => App.KeysAsync(k => k.RevokeAsync(b.Slug, aKeyId, CancellationToken.None)));
        Assert.Equal(404, revoke.Status);
        await Assert.ThrowsAsync<ApiException>(() => App.KeysAsync(k => k.RotateAsync(b.Slug, aKeyId, CancellationToken.None)));

        // A's key writes only A's labelled data.
        var response = await App.PostAsync(PerspectiveKit.Suggest, aKey, new
        {
            comment = new { text = "You people are all morons." },
            attributeScores = new { INSULT = new { summaryScore = new { value = 1 } } },
        });
        await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, await App.DbAsync(db => db.SuggestedScores.CountAsync(s => s.SiteId == a.Id)));
        Assert.Equal(0, await App.DbAsync(db => db.SuggestedScores.CountAsync(s => s.SiteId == b.Id)));
    }

    [Fact]
    public async Task LastUsedAt_IsRecordedOffTheRequestPath_WithinAMinute()
    {
        var site = await App.CreateSiteAsync();
        var (id, key) = await App.CreateKeyAsync(site.Slug);
        await App.AnalyzeOkAsync(key, PerspectiveKit.Request("Fine."));
        var usedAt = App.Clock.GetUtcNow().UtcDateTime;

        App.Clock.Advance(TimeSpan.FromSeconds(61));

        DateTime? stored = null;
        for (var i = 0; i < 100 && stored is null; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            stored = await App.DbAsync(db => db.ApiKeys.Where(k => k.Id == id).Select(k => k.LastUsedAt).SingleAsync());
        }

        Assert.Equal(usedAt, stored);
    }

    [Fact]
    public async Task CreatingKeys_ValidatesSiteNameAndQuota()
    {
        var site = await App.CreateSiteAsync();

        Assert.Equal(404, (await Assert.ThrowsAsync<ApiException>(() => App.KeysAsync(k => k.CreateAsync("no-such-site", "x", 5, CancellationToken.None)))).Status);
        Assert.Equal(400, (await Assert.ThrowsAsync<ApiException>(() => App.KeysAsync(k => k.CreateAsync(site.Slug, " ", 5, CancellationToken.None)))).Status);
        Assert.Equal(400, (await Assert.ThrowsAsync<ApiException>(() => App.KeysAsync(k => k.CreateAsync(site.Slug, "x", 0, CancellationToken.None)))).Status);
    }
}
