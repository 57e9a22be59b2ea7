using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Comments;
using Parley.Features.Live;
using Parley.Features.Moderation;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RoleRequest(string UserName, string Role);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PreModerationRequest(string? Mode);

public sealed record StaffDto(long Id, string? UserName, string Name, string Role);

public sealed record StoryAlert(long Id, string Title, string Url, string? PreModeration, DateTime? HeatedAt, int CommentCount);

/// <summary>Moderators of a site, per-story pre-moderation, thread-health alerts and the workspace's live events.</summary>
internal sealed class StaffAndStories(ParleyDbContext db, ThreadCache threads, TimeProvider clock)
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/me", async (string site, HttpContext http) =>
        {
            var mod = await http.RequireModeratorAsync(site);
            return TypedResults.Ok(new { id = mod.Id, name = mod.Name, role = mod.Role.ToString().ToLowerInvariant(), site = mod.Site.Slug, siteName = mod.Site.Name });
        });
        admin.MapGet("/moderators", async (string site, HttpContext http, StaffAndStories s, CancellationToken ct) =>
            TypedResults.Ok(await s.StaffAsync((await http.RequireModeratorAsync(site)).Site.Id, ct)));
        admin.MapPut("/moderators", async (string site, RoleRequest body, HttpContext http, StaffAndStories s, CancellationToken ct) =>
            TypedResults.Ok(await s.SetRoleAsync(await http.RequireModeratorAsync(site, Role.Admin), body, ct)));
        admin.MapGet("/alerts", async (string site, HttpContext http, StaffAndStories s, CancellationToken ct) =>
            TypedResults.Ok(await s.AlertsAsync((await http.RequireModeratorAsync(site)).Site.Id, ct)));
        admin.MapPut("/stories/{id:long}/premoderation", async (string site, long id, PreModerationRequest body, HttpContext http, StaffAndStories s, CancellationToken ct) =>
        {
            await s.SetPreModerationAsync(await http.RequireModeratorAsync(site), id, body.Mode, ct);
            return TypedResults.NoContent();
        });
        admin.MapGet("/events", async (string site, HttpContext http, LiveHub hub, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site);
            await StreamAsync(http, hub, -mod.Site.Id, ct);
        }).ExcludeFromDescription();
    }

    public async Task<List<StaffDto>> StaffAsync(long siteId, CancellationToken ct) =>
        await db.Commenters.AsNoTracking().Where(c => c.SiteId == siteId && c.Role != Role.Commenter).OrderBy(c => c.DisplayName)
            .Select(c => new StaffDto(c.Id, c.UserName, c.DisplayName, c.Role.ToString().ToLowerInvariant())).ToListAsync(ct);

    public async Task<StaffDto> SetRoleAsync(Moderator mod, RoleRequest body, CancellationToken ct)
    {
        var role = body.Role?.ToLowerInvariant() switch
        {
            "commenter" => Role.Commenter,
            "moderator" => Role.Moderator,
            "admin" => Role.Admin,
            _ => throw ApiException.BadRequest("invalid_role", "Role is commenter, moderator or admin."),
        };
        var name = body.UserName?.Trim().ToLowerInvariant();
        var c = await db.Commenters.FirstOrDefaultAsync(x => x.SiteId == mod.Site.Id && x.UserName == name, ct)
            ?? throw ApiException.NotFound("commenter_not_found", "No account with that user name on this site.");
        if (c.Id == mod.Id && role != Role.Admin)
        {
            throw ApiException.Conflict("cannot_demote_self", "Ask another admin to change your own role.");
        }

        c.Role = role;
        db.Record(mod.Site.Id, mod.Id, "staff.role", "commenter", c.Id, null, new { role = body.Role }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new StaffDto(c.Id, c.UserName, c.DisplayName, role.ToString().ToLowerInvariant());
    }

    public async Task<List<StoryAlert>> AlertsAsync(long siteId, CancellationToken ct) =>
        await db.Stories.AsNoTracking().Where(s => s.SiteId == siteId && s.HeatedAt != null && s.PreModeration == "all").OrderByDescending(s => s.HeatedAt)
            .Select(s => new StoryAlert(s.Id, s.Title, s.Url, s.PreModeration, s.HeatedAt, s.CommentCount)).ToListAsync(ct);

    public async Task SetPreModerationAsync(Moderator mod, long storyId, string? mode, CancellationToken ct)
    {
        if (mode is not (null or "none" or "all" or "first"))
        {
            throw ApiException.BadRequest("invalid_premoderation", "Mode is null (follow the site), none, all or first.");
        }

        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId && s.SiteId == mod.Site.Id, ct)
            ?? throw Stories.StoryResolver.StoryNotFound();
        story.PreModeration = mode;
        story.HeatedAt = null;
        db.Record(mod.Site.Id, mod.Id, "story.premoderation", "story", storyId, null, new { mode }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        threads.Invalidate(storyId, mod.Site.Id, story.Url);
    }

    private static async Task StreamAsync(HttpContext http, LiveHub hub, long channel, CancellationToken ct)
    {
        var (id, reader) = hub.Subscribe(channel);
        try
        {
            await ServerSentEvents.StreamAsync(http, reader, ct);
        }
        finally
        {
            hub.Unsubscribe(channel, id);
        }
    }
}
