using Parley.Infrastructure;

namespace Parley.Features.Moderation.Steps;

/// <summary>Posting and editing are limited per commenter and per hashed address (429 + Retry-After).</summary>
internal sealed class RateLimitStep(PostRateLimiter limiter) : IModerationStep
{
    public string Name => "rate_limit";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        try
        {
            limiter.Acquire(context.Author.Id == 0 ? null : context.Author.Id, context.ClientIpHash ?? "none");
            return ValueTask.FromResult(StepVerdict.None);
        }
        catch (ApiException e) when (e.Status == StatusCodes.Status429TooManyRequests)
        {
            return ValueTask.FromResult(StepVerdict.Refuse(429, e.Code, e.Message) with { RetryAfterSeconds = e.RetryAfterSeconds });
        }
    }
}
