using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Commenters;

public sealed class AuthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Register_SignIn_Post_SignOut_RevokesToken()
    {
        var site = await App.CreateSiteAsync();
        await site.RegisterAsync("alice");
        var signIn = await App.Client().PostAsJsonAsync($"{site.Api}/auth/signin", new { userName = "Alice", password = "correct horse battery" });
        var token = (await signIn.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("token").GetString()!;

        var me = await (await App.Client(token).GetAsync($"{site.Api}/auth/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("account", me.GetProperty("kind").GetString());
        var (_, _, comment) = await site.PostAsync("signed in", token);
        Assert.Equal("alice", comment.GetProperty("author").GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await App.Client(token).PostAsync($"{site.Api}/auth/signout", null)).StatusCode);
        await (await App.Client(token).GetAsync($"{site.Api}/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Password_IsStoredWithAStandardKdf_NotInClear()
    {
        var site = await App.CreateSiteAsync();
        await site.RegisterAsync("bob", "a long enough password");
        var hash = await App.DbAsync(db => db.Commenters.Where(c => c.SiteId == site.Id && c.UserName == "bob").Select(c => c.PasswordHash).FirstAsync());
        Assert.DoesNotContain("a long enough password", hash);
        Assert.Equal(0x01, Convert.FromBase64String(hash!)[0]); // ASP.NET Core Identity v3 format: PBKDF2
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_Returns401_AndRegisterTwice_Returns409()
    {
        var site = await App.CreateSiteAsync();
        await site.RegisterAsync("carol");
        await (await App.Client().PostAsJsonAsync($"{site.Api}/auth/signin", new { userName = "carol", password = "wrong password!" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await App.Client().PostAsJsonAsync($"{site.Api}/auth/register", new { userName = "CAROL", password = "another password" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "user_name_taken");
    }

    [Theory]
    [InlineData("dave", "short", "weak_password")]
    [InlineData("x", "long enough password", "invalid_user_name")]
    [InlineData("bad name!", "long enough password", "invalid_user_name")]
    public async Task Register_WithBadInput_Returns400(string userName, string password, string code)
    {
        var site = await App.CreateSiteAsync();
        await (await App.Client().PostAsJsonAsync($"{site.Api}/auth/register", new { userName, password }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal(0, await App.DbAsync(db => db.Commenters.CountAsync(c => c.SiteId == site.Id)));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhIjoxfQ.c2lnbmF0dXJl")]
    public async Task ForgedOrMalformedToken_Returns401(string token)
    {
        var site = await App.CreateSiteAsync();
        await (await App.Client(token).GetAsync($"{site.Api}/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Token_Expires()
    {
        var site = await App.CreateSiteAsync();
        var token = await site.GuestAsync();
        App.Clock.Advance(TimeSpan.FromDays(31));
        await (await App.Client(token).GetAsync($"{site.Api}/auth/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }
}
