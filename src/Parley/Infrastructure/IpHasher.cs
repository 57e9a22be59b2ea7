using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Parley.Infrastructure;

/// <summary>Keyed hash of a client address: usable for rate limits and abuse tracking, useless as PII.</summary>
internal sealed class IpHasher(IOptions<AuthOptions> options, TokenService tokens)
{
    private readonly byte[] _salt = string.IsNullOrEmpty(options.Value.IpHashSalt)
        ? SHA256.HashData([.. tokens.Key, .. "ip"u8])
        : Encoding.UTF8.GetBytes(options.Value.IpHashSalt);

    public string Hash(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var mac = HMACSHA256.HashData(_salt, Encoding.UTF8.GetBytes(ip));
        return Convert.ToHexString(mac, 0, 12);
    }
}
