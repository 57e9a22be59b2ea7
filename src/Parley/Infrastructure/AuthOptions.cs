namespace Parley.Infrastructure;

/// <summary>Section <c>Auth</c>.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// HMAC key for bearer tokens (base64, ≥ 32 bytes). Empty: a key is generated once and kept in
    /// <see cref="KeyFile"/>. Several instances must share one key.
    /// </summary>
    public string SigningKey { get; set; } = "";

    public string KeyFile { get; set; } = "data/signing.key";

    public int TokenLifetimeDays { get; set; } = 30;

    /// <summary>Server secret mixed into IP hashes so logs and rate-limit keys never hold raw addresses.</summary>
    public string IpHashSalt { get; set; } = "";
}
