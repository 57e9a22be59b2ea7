using System.Text.Json.Serialization;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Moderation;
using Parley.Features.Perspective;

namespace Parley.Features.Admin;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateKeyRequest(string Name, int? RequestsPerSecond = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record QuotaRequest(int RequestsPerSecond);

/// <summary>Perspective API keys in the workspace (admins only); secrets are shown once, every change is audited.</summary>
internal static class KeysAdmin
{
    public static void Map(RouteGroupBuilder admin)
    {
        var keys = admin.MapGroup("/keys");
        keys.MapGet("/", async (string site, HttpContext http, ApiKeyService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync((await http.RequireModeratorAsync(site, Role.Admin)).Site.Slug, ct)));
        keys.MapPost("/", async (string site, CreateKeyRequest body, HttpContext http, ApiKeyService s, ParleyDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site, Role.Admin);
            var issued = await s.CreateAsync(mod.Site.Slug, body.Name, body.RequestsPerSecond, ct);
            await AuditAsync(db, mod, "key.create", issued.Key.Id, new { issued.Key.Name, issued.Key.RequestsPerSecond }, clock, ct);
            return TypedResults.Ok(issued);
        });
        keys.MapPost("/{id:long}/rotate", async (string site, long id, HttpContext http, ApiKeyService s, ParleyDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site, Role.Admin);
            var issued = await s.RotateAsync(mod.Site.Slug, id, ct);
            await AuditAsync(db, mod, "key.rotate", id, null, clock, ct);
            return TypedResults.Ok(issued);
        });
        keys.MapPut("/{id:long}/quota", async (string site, long id, QuotaRequest body, HttpContext http, ApiKeyService s, ParleyDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site, Role.Admin);
            var key = await s.SetQuotaAsync(mod.Site.Slug, id, body.RequestsPerSecond, ct);
            await AuditAsync(db, mod, "key.quota", id, new { body.RequestsPerSecond }, clock, ct);
            return TypedResults.Ok(key);
        });
        keys.MapDelete("/{id:long}", async (string site, long id, HttpContext http, ApiKeyService s, ParleyDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var mod = await http.RequireModeratorAsync(site, Role.Admin);
            var key = await s.RevokeAsync(mod.Site.Slug, id, ct);
            await AuditAsync(db, mod, "key.revoke", id, null, clock, ct);
            return TypedResults.Ok(key);
        });
    }

    private static async Task AuditAsync(ParleyDbContext db, Moderator mod, string action, long keyId, object? data, TimeProvider clock, CancellationToken ct)
    {
        db.Record(mod.Site.Id, mod.Id, action, "api_key", keyId, null, data, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
