using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Comments;
using Parley.Features.Moderation.Steps;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Flags;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FlagRequest(string Reason, string? Text = null);

public sealed record FlagResponse(long Id, long CommentId, string Reason);

public static class FlagsModule
{
    public const int MaxTextLength = 1000;

    public static IServiceCollection AddFlags(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapFlags(this RouteGroupBuilder widget)
    {
        widget.MapPost("/comments/{id:long}/flags", async (string site, long id, FlagRequest request, SiteDirectory sites, ParleyDbContext db,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var siteInfo = await sites.GetAsync(site, ct);
                var flag = await CreateAsync(db, siteInfo, id, request, http, clock, ct);
                return TypedResults.Created($"/api/v1/sites/{site}/comments/{id}/flags/{flag.Id}", flag);
            })
            .WithName("FlagComment").WithSummary("Report a comment: abusive, spam, off_topic, misinformation or other (with text).");
        return widget;
    }

    private static async Task<FlagResponse> CreateAsync(ParleyDbContext db, SiteInfo site, long commentId, FlagRequest request, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var reason = ParseReason(request.Reason);
        var text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
        if (text is not null && LimitsStep.Check(text, MaxTextLength).IsFinal)
        {
            throw ApiException.BadRequest("invalid_flag_text", $"The explanation is at most {MaxTextLength} characters of plain text.");
        }

        if (reason == FlagReason.Other && text is null)
        {
            throw ApiException.BadRequest("flag_text_required", "Say what is wrong when the reason is 'other'.");
        }

        var flagger = await db.RequireCommenterAsync(http.User, site, ct);
        var exists = await db.Comments.AnyAsync(c => c.Id == commentId && c.SiteId == site.Id && c.Status == CommentStatus.Published, ct);
        if (!exists)
        {
            throw ApiException.NotFound("comment_not_found", "There is no such comment.");
        }

        if (await db.Flags.AnyAsync(f => f.CommentId == commentId && f.CommenterId == flagger.Id, ct))
        {
            throw ApiException.Conflict("already_flagged", "You have already reported this comment.");
        }

        var flag = new Flag { SiteId = site.Id, CommentId = commentId, CommenterId = flagger.Id, Reason = reason, Text = text, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Flags.Add(flag);
        await db.SaveChangesAsync(ct);
        var storyId = await db.Comments.Where(c => c.Id == commentId).Select(c => c.StoryId).FirstAsync(ct);
        http.RequestServices.GetRequiredService<Parley.Features.Live.LiveHub>().PublishModeration(site.Id, storyId, commentId, "reported", ReasonName(reason));
        await HideWhenOverThresholdAsync(db, http.RequestServices, site, commentId, ct);
        return new FlagResponse(flag.Id, commentId, ReasonName(reason));
    }

    /// <summary>
    /// A comment stays visible in the Reported queue until a moderator acts, unless enough distinct readers
    /// flag it: then it is hidden (held) until a moderator decides.
    /// </summary>
    private static async Task HideWhenOverThresholdAsync(ParleyDbContext db, IServiceProvider services, SiteInfo site, long commentId, CancellationToken ct)
    {
        var threshold = site.Settings.FlagHideThreshold;
        if (threshold <= 0 || await db.Flags.CountAsync(f => f.CommentId == commentId && f.ResolvedAt == null, ct) < threshold)
        {
            return;
        }

        var story = await db.Comments.Where(c => c.Id == commentId).Select(c => new { c.StoryId, c.Story!.Url }).FirstAsync(ct);
        var hidden = await db.Comments.Where(c => c.Id == commentId && c.Status == CommentStatus.Published)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Pending).SetProperty(c => c.Reason, "flags"), ct);
        if (hidden > 0)
        {
            await db.Stories.Where(s => s.Id == story.StoryId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount - 1), ct);
            services.GetRequiredService<ThreadCache>().Invalidate(story.StoryId, site.Id, story.Url);
            services.GetRequiredService<Parley.Features.Live.LiveHub>().PublishModeration(site.Id, story.StoryId, commentId, "pending", "flags");
        }
    }

    internal static FlagReason ParseReason(string? reason) => reason?.ToLowerInvariant() switch
    {
        "abusive" => FlagReason.Abusive,
        "spam" => FlagReason.Spam,
        "off_topic" or "offtopic" or "off-topic" => FlagReason.OffTopic,
        "misinformation" => FlagReason.Misinformation,
        "other" => FlagReason.Other,
        _ => throw ApiException.BadRequest("invalid_flag_reason", "Reason must be abusive, spam, off_topic, misinformation or other."),
    };

    internal static string ReasonName(FlagReason reason) => reason == FlagReason.OffTopic ? "off_topic" : reason.ToString().ToLowerInvariant();
}
