using Microsoft.AspNetCore.Mvc;
using Parley.Features.Commenters;

namespace Parley.Features.Admin;

public static class AdminModule
{
    public const int MaxPage = 100;

    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<QueueReader>();
        services.AddScoped<ModerateComment>();
        services.AddScoped<ManageCommenters>();
        services.AddScoped<SiteSettingsEditor>();
        services.AddScoped<AuditReader>();
        services.AddScoped<StaffAndStories>();
        return services;
    }

    /// <summary>
    /// The moderator workspace API, <c>/api/admin/sites/{site}</c>: bearer token of a moderator or admin of
    /// that site on every request (checked by <see cref="AdminAccess"/>); no CORS — the workspace is same-origin.
    /// </summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        // The workspace itself is static files under wwwroot/admin/; this makes /admin work without the slash.
        app.MapGet("/admin", () => TypedResults.Redirect("/admin/")).ExcludeFromDescription();

        var admin = app.MapGroup("/api/admin/sites/{site}").WithTags("Admin");

        admin.MapGet("/queues/{queue}", async (string site, string queue, string? sort, long? story, string? reason, long? commenter, string? q, int? skip, int? limit,
                HttpContext http, QueueReader reader, CancellationToken ct) =>
            {
                var mod = await http.RequireModeratorAsync(site);
                return TypedResults.Ok(await reader.ReadAsync(mod.Site.Id, new QueueFilter(queue, sort, story, reason, commenter, q, Math.Max(0, skip ?? 0), Math.Clamp(limit ?? 25, 1, MaxPage)), ct));
            }).WithSummary("A moderation queue: pending, reported, rejected or approved (recent), with filters.");

        admin.MapGet("/counts", async (string site, HttpContext http, QueueReader reader, CancellationToken ct) =>
            TypedResults.Ok(await reader.CountsAsync((await http.RequireModeratorAsync(site)).Site.Id, ct)));

        admin.MapPost("/comments/{id:long}/approve", async (string site, long id, DecisionRequest? body, HttpContext http, ModerateComment m, CancellationToken ct) =>
            TypedResults.Ok(new { decided = await m.DecideAsync(await http.RequireModeratorAsync(site), [id], "approve", body?.Reason, ct) }));
        admin.MapPost("/comments/{id:long}/reject", async (string site, long id, DecisionRequest? body, HttpContext http, ModerateComment m, CancellationToken ct) =>
            TypedResults.Ok(new { decided = await m.DecideAsync(await http.RequireModeratorAsync(site), [id], "reject", body?.Reason, ct) }));
        admin.MapPost("/comments/bulk", async (string site, BulkRequest body, HttpContext http, ModerateComment m, CancellationToken ct) =>
            TypedResults.Ok(new { decided = await m.DecideAsync(await http.RequireModeratorAsync(site), body.Ids ?? [], body.Action, body.Reason, ct) }));
        admin.MapPut("/comments/{id:long}/featured", async (string site, long id, FeatureRequest body, HttpContext http, ModerateComment m, CancellationToken ct) =>
        {
            await m.FeatureAsync(await http.RequireModeratorAsync(site), id, body.Featured, ct);
            return TypedResults.NoContent();
        });

        admin.MapPost("/retrain", async (string site, HttpContext http, Parley.Features.Moderation.Retraining.SiteRetrainer retrainer, CancellationToken ct) =>
                TypedResults.Ok(await retrainer.RunAsync((await http.RequireModeratorAsync(site, Role.Admin)).Site.Slug, ct)))
            .WithSummary("Re-fit the site's head on its moderators' decisions; switches only when better on held-back decisions.");

        MapCommenters(admin);
        MapSettings(admin);
        KeysAdmin.Map(admin);
        return app;
    }

    private static void MapCommenters(RouteGroupBuilder admin)
    {
        admin.MapGet("/commenters/{id:long}", async (string site, long id, HttpContext http, ManageCommenters m, CancellationToken ct) =>
            TypedResults.Ok(await m.HistoryAsync(await http.RequireModeratorAsync(site), id, ct)));
        admin.MapPost("/commenters/{id:long}/sanctions", async (string site, long id, SanctionRequest body, HttpContext http, ManageCommenters m, CancellationToken ct) =>
            TypedResults.Ok(await m.SanctionAsync(await http.RequireModeratorAsync(site), id, body, ct)));
        admin.MapDelete("/commenters/{id:long}/sanctions/{sanctionId:long}", async (string site, long id, long sanctionId, HttpContext http, ManageCommenters m, CancellationToken ct) =>
        {
            await m.LiftAsync(await http.RequireModeratorAsync(site), id, sanctionId, ct);
            return TypedResults.NoContent();
        });
        admin.MapPost("/commenters/{id:long}/reject-pending", async (string site, long id, DecisionRequest? body, HttpContext http, ManageCommenters m, CancellationToken ct) =>
            TypedResults.Ok(new { decided = await m.RejectPendingAsync(await http.RequireModeratorAsync(site), id, body?.Reason, ct) }));
        admin.MapPost("/commenters/{id:long}/notes", async (string site, long id, NoteRequest body, HttpContext http, ManageCommenters m, CancellationToken ct) =>
        {
            await m.NoteAsync(await http.RequireModeratorAsync(site), id, body.Text, ct);
            return TypedResults.NoContent();
        });
        admin.MapPost("/commenters/{id:long}/approve-name", async (string site, long id, HttpContext http, ManageCommenters m, CancellationToken ct) =>
        {
            await m.ApproveNameAsync(await http.RequireModeratorAsync(site), id, ct);
            return TypedResults.NoContent();
        });
    }

    private static void MapSettings(RouteGroupBuilder admin)
    {
        admin.MapGet("/settings", async (string site, HttpContext http, SiteSettingsEditor e, CancellationToken ct) =>
            TypedResults.Ok(await e.GetAsync(await http.RequireModeratorAsync(site), ct)));
        admin.MapPut("/settings", async (string site, SiteSettingsUpdate body, HttpContext http, SiteSettingsEditor e, CancellationToken ct) =>
            TypedResults.Ok(await e.UpdateAsync(await http.RequireModeratorAsync(site, Role.Admin), body, ct)));
        admin.MapPost("/wordlists/{list}/import", async (string site, string list, HttpContext http, SiteSettingsEditor e, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site, Role.Admin);
            using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
            return TypedResults.Ok(new { added = await e.ImportWordsAsync(mod, list, await reader.ReadToEndAsync(ct), ct) });
        }).Accepts<string>("text/plain");

        admin.MapGet("/audit", async (string site, string? action, long? actor, string? targetType, long? targetId, DateTime? from, DateTime? to, int? skip, int? limit,
                HttpContext http, AuditReader r, CancellationToken ct) =>
            TypedResults.Ok(await r.ReadAsync((await http.RequireModeratorAsync(site)).Site.Id,
                new AuditFilter(action, actor, targetType, targetId, from, to, Math.Max(0, skip ?? 0), Math.Clamp(limit ?? 50, 1, 500)), ct)));
        admin.MapGet("/audit.csv", async (string site, string? action, long? actor, string? targetType, long? targetId, DateTime? from, DateTime? to,
                HttpContext http, AuditReader r, CancellationToken ct) =>
            {
                var rows = await r.ReadAsync((await http.RequireModeratorAsync(site)).Site.Id, new AuditFilter(action, actor, targetType, targetId, from, to, 0, 100_000), ct);
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(AuditReader.ToCsv(rows)), "text/csv; charset=utf-8", $"parley-audit-{site}.csv");
            });

        StaffAndStories.Map(admin);
    }
}
