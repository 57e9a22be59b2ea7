using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Parley.Data;
using Parley.Infrastructure;

namespace Parley.Features.Perspective;

internal sealed record ApiKeySummary(
    long Id, string Site, string Name, string Prefix, int RequestsPerSecond, DateTime CreatedAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>A key as created or rotated: the only moment its secret is known.</summary>
internal sealed record IssuedApiKey(ApiKeySummary Key, string Secret);

/// <summary>
/// Creates, lists, rotates and revokes a site's Perspective keys, for the <c>parley keys</c> command and
/// the workspace. Every call names the site, and a key of another site is "not found", so one site can
/// never touch another's keys. Secrets are returned once and stored only as SHA-256.
/// </summary>
internal sealed class ApiKeyService(ParleyDbContext db, KeyRing ring, TimeProvider clock, IOptions<PerspectiveOptions> options)
{
    public const int MaxRequestsPerSecond = 100_000;

    public async Task<IssuedApiKey> CreateAsync(string site, string name, int? requestsPerSecond, CancellationToken ct)
    {
        var siteId = await SiteIdAsync(site, ct);
        var (secret, prefix, hash) = NewSecret();
        var key = new ApiKey
        {
            SiteId = siteId,
            Name = CheckName(name),
            Prefix = prefix,
            Hash = hash,
            RequestsPerSecond = CheckRate(requestsPerSecond ?? options.Value.DefaultRequestsPerSecond),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new IssuedApiKey(Summary(key, site), secret);
    }

    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(string site, CancellationToken ct)
    {
        var siteId = await SiteIdAsync(site, ct);
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.SiteId == siteId).OrderBy(k => k.Id).ToListAsync(ct);
        return [.. keys.Select(k => Summary(k, site))];
    }

    /// <summary>A new secret for the same key (name, quota, stored suggestions); the old one stops at once.</summary>
    public async Task<IssuedApiKey> RotateAsync(string site, long id, CancellationToken ct)
    {
        var key = await FindAsync(site, id, ct);
        if (key.RevokedAt is not null)
        {
            throw ApiException.Conflict("key_revoked", "A revoked key cannot be rotated; create a new one.");
        }

        var oldHash = key.Hash;
        (var secret, key.Prefix, key.Hash) = NewSecret();
        await db.SaveChangesAsync(ct);
        ring.Forget(oldHash, key.Id);
        return new IssuedApiKey(Summary(key, site), secret);
    }

    public async Task<ApiKeySummary> RevokeAsync(string site, long id, CancellationToken ct)
    {
        var key = await FindAsync(site, id, ct);
        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        ring.Forget(key.Hash, key.Id);
        return Summary(key, site);
    }

    public async Task<ApiKeySummary> SetQuotaAsync(string site, long id, int requestsPerSecond, CancellationToken ct)
    {
        var key = await FindAsync(site, id, ct);
        key.RequestsPerSecond = CheckRate(requestsPerSecond);
        await db.SaveChangesAsync(ct);
        ring.Forget(key.Hash, key.Id);
        return Summary(key, site);
    }

    private async Task<long> SiteIdAsync(string site, CancellationToken ct) =>
        await db.Sites.Where(s => s.Slug == site).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct)
        ?? throw ApiException.NotFound("site_not_found", $"There is no site '{RequestChecks.Shorten(site)}'.");

    private async Task<ApiKey> FindAsync(string site, long id, CancellationToken ct)
    {
        var siteId = await SiteIdAsync(site, ct);
        return await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.SiteId == siteId, ct)
            ?? throw ApiException.NotFound("key_not_found", $"Site '{site}' has no API key {id}.");
    }

    /// <summary>192 random bits, URL-safe; "pk_" marks it as a Parley Perspective key in logs and leaks scanners.</summary>
    private static (string Secret, string Prefix, string Hash) NewSecret()
    {
        var secret = "pk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (secret, secret[..10], KeyRing.Hash(secret));
    }

    private static string CheckName(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100
            ? throw ApiException.BadRequest("invalid_key_name", "A key needs a name of 1 to 100 characters.")
            : name.Trim();

    private static int CheckRate(int rps) =>
        rps is >= 1 and <= MaxRequestsPerSecond
            ? rps
            : throw ApiException.BadRequest("invalid_quota", $"The quota must be 1 to {MaxRequestsPerSecond} requests per second.");

    private static ApiKeySummary Summary(ApiKey k, string site) =>
        new(k.Id, site, k.Name, k.Prefix, k.RequestsPerSecond, k.CreatedAt, k.RevokedAt, k.LastUsedAt);
}
