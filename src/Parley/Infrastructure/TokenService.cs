using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Parley.Infrastructure;

/// <summary>The claims a bearer token carries; the session id lets sign-out revoke it.</summary>
internal readonly record struct TokenClaims(string SessionId, long CommenterId, long SiteId, DateTime ExpiresAt);

/// <summary>
/// Signed, expiring bearer tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c>.
/// Bearer tokens rather than cookies because the widget runs on other sites' pages, where
/// third-party cookies are blocked.
/// </summary>
internal sealed class TokenService
{
    private readonly byte[] _key;

    public TokenService(IOptions<AuthOptions> options)
    {
        _key = LoadKey(options.Value);
    }

    public byte[] Key => _key;

    public string Issue(TokenClaims claims)
    {
        var payload = $"{claims.SessionId}|{claims.CommenterId}|{claims.SiteId}|{claims.ExpiresAt.Ticks}";
        var bytes = Encoding.UTF8.GetBytes(payload);
        var mac = HMACSHA256.HashData(_key, bytes);
        return Base64Url.EncodeToString(bytes) + "." + Base64Url.EncodeToString(mac);
    }

    public bool TryValidate(string token, DateTime now, out TokenClaims claims)
    {
        claims = default;
        var dot = token.IndexOf('.');
        if (dot <= 0 || token.Length > 512)
        {
            return false;
        }

        byte[] payload, mac;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_key, payload)))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 4 || !long.TryParse(parts[1], out var commenter) || !long.TryParse(parts[2], out var site)
            || !long.TryParse(parts[3], out var ticks))
        {
            return false;
        }

        claims = new TokenClaims(parts[0], commenter, site, new DateTime(ticks, DateTimeKind.Utc));
        return claims.ExpiresAt > now;
    }

    private static byte[] LoadKey(AuthOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Convert.FromBase64String(options.SigningKey);
            return configured.Length >= 32 ? configured : throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
        }

        if (File.Exists(options.KeyFile))
        {
            return Convert.FromBase64String(File.ReadAllText(options.KeyFile).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.KeyFile))!);
        File.WriteAllText(options.KeyFile, Convert.ToBase64String(key));
        return key;
    }
}
