using System.ComponentModel.DataAnnotations;

namespace Parley.Features.Perspective;

/// <summary>Section <c>Perspective</c>: limits of the Perspective-compatible API (docs/perspective.md).</summary>
internal sealed class PerspectiveOptions
{
    public const string Section = "Perspective";

    /// <summary>Largest <c>comment.text</c> in UTF-8 bytes; Perspective's documented limit is 20 KB.</summary>
    [Range(1, 1 << 20)]
    public int MaxTextBytes { get; set; } = 20 * 1024;

    /// <summary>
    /// How long a key lookup (hash → site, quota) is reused before the database is asked again. Revocation
    /// through <see cref="ApiKeyService"/> clears the entry at once on this instance; other instances (and
    /// the <c>parley keys</c> command, a separate process) are seen within this many seconds.
    /// </summary>
    [Range(0, 3600)]
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>Quota given to new keys when none is asked for (Perspective's default is 1 QPS).</summary>
    [Range(1, 1_000_000)]
    public int DefaultRequestsPerSecond { get; set; } = 10;

    /// <summary>Languages the classifier is trained for (ISO 639-1); others are refused per attribute.</summary>
    public string[] Languages { get; set; } = ["en"];
}
