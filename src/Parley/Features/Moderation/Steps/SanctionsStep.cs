using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Features.Moderation.Steps;

/// <summary>Banned and suspended authors are refused; shadowed ones are stored unseen; pre-moderated ones held.</summary>
internal sealed class SanctionsStep(ParleyDbContext db, TimeProvider clock) : IModerationStep
{
    public string Name => "sanctions";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        if (context.Author.Id == 0)
        {
            return StepVerdict.None;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var active = await db.Sanctions.AsNoTracking()
            .Where(s => s.CommenterId == context.Author.Id && s.LiftedAt == null && (s.Until == null || s.Until > now))
            .Select(s => new { s.Kind, s.Until }).ToListAsync(ct);
        if (active.Find(s => s.Kind == SanctionKind.Ban) is not null)
        {
            return StepVerdict.Refuse(403, "banned", "You can no longer comment on this site.");
        }

        if (active.Find(s => s.Kind == SanctionKind.Suspend) is { } suspended)
        {
            return StepVerdict.Refuse(403, "suspended", $"You are suspended from commenting until {suspended.Until:yyyy-MM-dd HH:mm} UTC.");
        }

        if (active.Exists(s => s.Kind == SanctionKind.Shadow))
        {
            return new StepVerdict(VerdictKind.Shadow, "shadowed", "Author is shadow-banned.");
        }

        return active.Exists(s => s.Kind == SanctionKind.PreModerate)
            ? new StepVerdict(VerdictKind.Hold, "premoderated_author", "Author's comments are pre-moderated.")
            : StepVerdict.None;
    }
}
