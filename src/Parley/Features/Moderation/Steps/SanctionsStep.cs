
namespace Parley.Features.Moderation.Steps;

/// <summary>Banned and suspended authors are refused; shadowed ones are stored unseen; pre-moderated ones held.</summary>
internal sealed class SanctionsStep(AuthorStanding standing, TimeProvider clock) : IModerationStep
{
    public string Name => "sanctions";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        if (context.Author.Id == 0)
        {
            return StepVerdict.None;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var active = (await standing.GetAsync(context.Author.Id, context.Site.Settings.RejectionRateWindowDays, ct)).Sanctions
            .Where(s => s.Until is null || s.Until > now).ToList();
        if (active.Exists(s => s.Kind == SanctionKind.Ban))
        {
            return StepVerdict.Refuse(403, "banned", "You can no longer comment on this site.");
        }

        if (active.Exists(s => s.Kind == SanctionKind.Suspend))
        {
            var until = active.Where(s => s.Kind == SanctionKind.Suspend).Max(s => s.Until);
            return StepVerdict.Refuse(403, "suspended", $"You are suspended from commenting until {until:yyyy-MM-dd HH:mm} UTC.");
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
