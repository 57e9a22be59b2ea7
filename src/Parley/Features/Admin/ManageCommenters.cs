using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;
using Parley.Features.Moderation;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

/// <summary>An author's history one keystroke away, and the measures a moderator takes against an author.</summary>
internal sealed class ManageCommenters(ParleyDbContext db, ModerateComment moderate, ThreadCache threads, AuthorStanding standing, TimeProvider clock)
{
    public async Task<CommenterHistory> HistoryAsync(Moderator mod, long id, CancellationToken ct)
    {
        var c = await db.Commenters.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.SiteId == mod.Site.Id, ct)
            ?? throw ApiException.NotFound("commenter_not_found", "There is no such commenter on this site.");
        var counts = await db.Comments.Where(x => x.AuthorId == id).GroupBy(x => x.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key.ToString().ToLowerInvariant(), g => g.Count, ct);
        var recent = await db.Comments.AsNoTracking().Where(x => x.AuthorId == id).OrderByDescending(x => x.CreatedAt).Take(10)
            .Select(x => new RecentDecision(x.Id, x.Status.ToString().ToLowerInvariant(), x.Reason, x.ModeratedAt,
                x.BodyMarkdown.Length > 140 ? x.BodyMarkdown.Substring(0, 140) : x.BodyMarkdown)).ToListAsync(ct);
        var sanctions = await db.Sanctions.AsNoTracking().Where(s => s.CommenterId == id).OrderByDescending(s => s.CreatedAt)
            .Select(s => new SanctionDto(s.Id, s.Kind.ToString().ToLowerInvariant(), s.Until, s.Reason, s.CreatedAt, s.LiftedAt)).ToListAsync(ct);
        var notes = await db.AuditLog.AsNoTracking().Where(a => a.SiteId == mod.Site.Id && a.Action == "commenter.note" && a.TargetId == id)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new NoteDto(a.Id, a.Reason ?? "", db.Commenters.Where(m => m.Id == a.ActorId).Select(m => m.DisplayName).FirstOrDefault(), a.CreatedAt))
            .ToListAsync(ct);
        return new CommenterHistory(c.Id, c.DisplayName, c.Kind.ToString().ToLowerInvariant(), c.Role.ToString().ToLowerInvariant(), c.NameHeld,
            c.CreatedAt, counts, recent, sanctions, notes);
    }

    public async Task<SanctionDto> SanctionAsync(Moderator mod, long id, SanctionRequest request, CancellationToken ct)
    {
        var target = await RequireAsync(mod, id, ct);
        var kind = request.Kind?.ToLowerInvariant() switch
        {
            "ban" => SanctionKind.Ban,
            "suspend" => SanctionKind.Suspend,
            "shadow" => SanctionKind.Shadow,
            "premoderate" => SanctionKind.PreModerate,
            _ => throw ApiException.BadRequest("invalid_sanction", "Kind must be ban, suspend, shadow or premoderate."),
        };
        if (target.Role >= Commenters.Role.Moderator)
        {
            throw ApiException.Forbidden("cannot_sanction_staff", "Moderators and admins cannot be sanctioned; change their role first.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? until = null;
        if (kind == SanctionKind.Suspend || request.Days is not null)
        {
            until = request.Days is >= 1 and <= 3650 ? now.AddDays(request.Days.Value) : throw ApiException.BadRequest("invalid_duration", "A suspension lasts 1–3650 days.");
        }

        var sanction = new Sanction { SiteId = mod.Site.Id, CommenterId = id, Kind = kind, Until = until, Reason = ModerateComment.CheckReason(request.Reason), CreatedById = mod.Id, CreatedAt = now };
        db.Sanctions.Add(sanction);
        db.Record(mod.Site.Id, mod.Id, "commenter." + kind.ToString().ToLowerInvariant(), "commenter", id, sanction.Reason, new { until }, now);
        await db.SaveChangesAsync(ct);
        standing.Forget(id);
        if (kind == SanctionKind.Shadow)
        {
            // Existing published comments of a shadow-banned author disappear for everyone else too.
            await ShadowPublishedAsync(mod, id, ct);
        }

        return new SanctionDto(sanction.Id, kind.ToString().ToLowerInvariant(), until, sanction.Reason, now, null);
    }

    public async Task LiftAsync(Moderator mod, long id, long sanctionId, CancellationToken ct)
    {
        var s = await db.Sanctions.FirstOrDefaultAsync(x => x.Id == sanctionId && x.CommenterId == id && x.SiteId == mod.Site.Id, ct)
            ?? throw ApiException.NotFound("sanction_not_found", "There is no such sanction.");
        var now = clock.GetUtcNow().UtcDateTime;
        s.LiftedAt ??= now;
        db.Record(mod.Site.Id, mod.Id, "commenter.lift_" + s.Kind.ToString().ToLowerInvariant(), "commenter", id, null, new { sanctionId }, now);
        await db.SaveChangesAsync(ct);
        standing.Forget(id);
    }

    public async Task<int> RejectPendingAsync(Moderator mod, long id, string? reason, CancellationToken ct)
    {
        await RequireAsync(mod, id, ct);
        var pending = await db.Comments.Where(c => c.AuthorId == id && c.Status == CommentStatus.Pending).Select(c => c.Id).ToListAsync(ct);
        return pending.Count == 0 ? 0 : await moderate.DecideAsync(mod, pending, "reject", reason ?? "all pending comments of the author rejected", ct);
    }

    public async Task NoteAsync(Moderator mod, long id, string? text, CancellationToken ct)
    {
        await RequireAsync(mod, id, ct);
        var note = ModerateComment.CheckReason(text) ?? throw ApiException.BadRequest("note_empty", "Write a note.");
        db.Record(mod.Site.Id, mod.Id, "commenter.note", "commenter", id, note, null, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task ApproveNameAsync(Moderator mod, long id, CancellationToken ct)
    {
        var c = await RequireAsync(mod, id, ct);
        c.NameHeld = false;
        db.Record(mod.Site.Id, mod.Id, "commenter.approve_name", "commenter", id, null, new { name = c.DisplayName }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await InvalidateStoriesOfAsync(mod, id, ct);
    }

    private async Task ShadowPublishedAsync(Moderator mod, long id, CancellationToken ct)
    {
        await db.Stories.Where(s => db.Comments.Any(c => c.StoryId == s.Id && c.AuthorId == id && c.Status == CommentStatus.Published))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, s => s.CommentCount - db.Comments.Count(c => c.StoryId == s.Id && c.AuthorId == id && c.Status == CommentStatus.Published)), ct);
        await db.Comments.Where(c => c.AuthorId == id && c.Status == CommentStatus.Published)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Shadowed), ct);
        await InvalidateStoriesOfAsync(mod, id, ct);
    }

    private async Task InvalidateStoriesOfAsync(Moderator mod, long authorId, CancellationToken ct)
    {
        var stories = await db.Comments.Where(c => c.AuthorId == authorId).Select(c => new { c.StoryId, c.Story!.Url }).Distinct().ToListAsync(ct);
        foreach (var s in stories)
        {
            threads.Invalidate(s.StoryId, mod.Site.Id, s.Url);
        }
    }

    private async Task<Commenters.Commenter> RequireAsync(Moderator mod, long id, CancellationToken ct) =>
        await db.Commenters.FirstOrDefaultAsync(x => x.Id == id && x.SiteId == mod.Site.Id, ct)
        ?? throw ApiException.NotFound("commenter_not_found", "There is no such commenter on this site.");
}
