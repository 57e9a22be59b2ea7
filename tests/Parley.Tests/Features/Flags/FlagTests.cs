using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Flags;

public sealed class FlagTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Flag_StoresReasonOnce_PerReader()
    {
        var site = await App.CreateSiteAsync();
        var (id, _, _) = await site.PostAsync("flag me");
        var reader = App.Client(await site.GuestAsync("reader"));

        var created = await (await reader.PostAsJsonAsync($"{site.Api}/comments/{id}/flags", new { reason = "off_topic", text = "not about this" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("off_topic", created.GetProperty("reason").GetString());
        await (await reader.PostAsJsonAsync($"{site.Api}/comments/{id}/flags", new { reason = "spam" }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "already_flagged");
        var flags = await App.DbAsync(db => db.Flags.Where(f => f.CommentId == id).ToListAsync());
        var flag = Assert.Single(flags);
        Assert.Equal("not about this", flag.Text);
    }

    [Theory]
    [InlineData("rude", null, "invalid_flag_reason")]
    [InlineData("other", null, "flag_text_required")]
    [InlineData("other", "bad \u0001 text", "invalid_flag_text")]
    public async Task Flag_WithBadInput_Returns400(string reason, string? text, string code)
    {
        var site = await App.CreateSiteAsync();
        var (id, _, _) = await site.PostAsync("x");
        var response = await App.Client(await site.GuestAsync()).PostAsJsonAsync($"{site.Api}/comments/{id}/flags", new { reason, text });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code);
        Assert.Equal(0, await App.DbAsync(db => db.Flags.CountAsync(f => f.CommentId == id)));
    }
}
