using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Sites;
using Parley.Features.Stories;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

/// <summary>
/// The thread read the widget makes first. Public pages come from <see cref="ThreadCache"/> as ready
/// JSON bytes; a viewer with held comments of their own on the story gets a fresh, personal page.
/// </summary>
internal sealed class ReadThread(SiteDirectory sites, StoryResolver stories, ThreadCache cache, IServiceProvider services,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ThreadOptions> options)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public async Task<IResult> ExecuteAsync(string siteSlug, long? storyId, string? url, string? title, string? sort, string? cursor, int? limit, int? depth, HttpContext http, CancellationToken ct)
    {
        var site = await sites.GetAsync(siteSlug, ct);
        var query = new ThreadQuery(
            ThreadCursor.ParseSort(sort),
            null,
            limit is null ? DefaultLimit : limit is >= 1 and <= MaxLimit ? limit.Value : throw ApiException.BadRequest("invalid_limit", $"Limit must be 1–{MaxLimit}."),
            depth is null ? site.Settings.MaxDepth : depth is >= 1 and <= 20 ? depth.Value : throw ApiException.BadRequest("invalid_depth", "Depth must be 1–20."));
        query = query with { Cursor = ThreadCursor.Decode(cursor, query.Sort) };
        var id = await stories.ResolveIdAsync(site, storyId, url, title, ct);

        var viewer = http.User.CommenterIdFor(site);
        if (viewer is { } me && await HasHeldCommentsAsync(id, me, ct))
        {
            return TypedResults.Json(await Reader().ReadAsync(id, query, me, site.Settings.EditWindowMinutes, ct), json.Value.SerializerOptions);
        }

        if (!options.Value.CacheEnabled)
        {
            return TypedResults.Json(await Reader().ReadAsync(id, query, null, site.Settings.EditWindowMinutes, ct), json.Value.SerializerOptions);
        }

        var key = cache.Key(id, query, cursor);
        if (!cache.TryGet(key, out var bytes) || bytes is null)
        {
            var thread = await Reader().ReadAsync(id, query, null, site.Settings.EditWindowMinutes, ct);
            bytes = JsonSerializer.SerializeToUtf8Bytes(thread, json.Value.SerializerOptions);
            cache.Set(key, bytes);
        }

        return TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }

    private ThreadReader Reader() => services.GetRequiredService<ThreadReader>();

    private Task<bool> HasHeldCommentsAsync(long storyId, long me, CancellationToken ct) =>
        services.GetRequiredService<ParleyDbContext>().Comments.AnyAsync(
            c => c.AuthorId == me && c.StoryId == storyId && (c.Status == CommentStatus.Pending || c.Status == CommentStatus.Shadowed), ct);
}
