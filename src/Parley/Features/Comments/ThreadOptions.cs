namespace Parley.Features.Comments;

/// <summary>Section <c>Threads</c>.</summary>
internal sealed class ThreadOptions
{
    public const string Section = "Threads";

    /// <summary>
    /// Serve public thread pages from the in-process cache. Off only to measure the database path
    /// (the benchmark compares a 20-comment and a 20,000-comment story that way).
    /// </summary>
    public bool CacheEnabled { get; set; } = true;
}
