namespace Parley.Features.Moderation;

internal enum VerdictKind
{
    /// <summary>The step has nothing to say; the next step runs.</summary>
    NoOpinion,

    /// <summary>Publish now; later steps do not run.</summary>
    Publish,

    /// <summary>Store as pending for a moderator.</summary>
    Hold,

    /// <summary>Store as rejected (the author sees it was not published).</summary>
    Reject,

    /// <summary>Store, visible only to the author.</summary>
    Shadow,

    /// <summary>Store nothing; answer the client with an error (bad input, closed story, rate limit).</summary>
    Refuse,

    /// <summary>Store nothing yet; ask the author to rephrase (first submit only).</summary>
    Nudge,
}

/// <summary>One step's answer. <see cref="Code"/> is stable and becomes the ProblemDetails code on refusals.</summary>
internal sealed record StepVerdict(VerdictKind Kind, string? Code = null, string? Reason = null)
{
    public static readonly StepVerdict None = new(VerdictKind.NoOpinion);

    public int HttpStatus { get; init; } = 400;

    public int? RetryAfterSeconds { get; init; }

    /// <summary>Step-specific evidence stored with the comment (scores, spans, matched terms).</summary>
    public object? Data { get; init; }

    public bool IsFinal => Kind != VerdictKind.NoOpinion;

    public static StepVerdict Refuse(int status, string code, string reason) => new(VerdictKind.Refuse, code, reason) { HttpStatus = status };
}

/// <summary>What is stored with a comment: each step that ran, in order, with its verdict.</summary>
internal sealed record RecordedVerdict(string Step, string Verdict, string? Code, string? Reason, object? Data);
