using Parley.Classifier;
using Parley.Features.Commenters;
using Parley.Features.Sites;

namespace Parley.Features.Moderation;

/// <summary>
/// Display names go through the word lists and the classifier (scored as a name) when set or changed.
/// A flagged name is held for review and shown as "Guest" until a moderator approves it.
/// </summary>
internal sealed class DisplayNameCheck(IToxicityClassifier classifier, ILogger<DisplayNameCheck> logger)
{
    public const string HeldName = "Guest";

    public void Apply(SiteInfo site, Commenter commenter)
    {
        commenter.NameHeld = IsFlagged(site, commenter.DisplayName);
    }

    public bool IsFlagged(SiteInfo site, string name)
    {
        var lists = SiteWordLists.For(site.Settings);
        if (lists.Banned.Matches(name).Count > 0 || lists.Suspect.Matches(name).Count > 0)
        {
            return true;
        }

        ClassificationResult result;
        try
        {
            result = classifier.Score(name, TextKind.DisplayName);
        }
        catch (Exception e)
        {
            // A classifier bug must not cost the comment or the account: the name is held for a moderator, as a flagged
            // one is. The log names the failure, never the name.
            logger.LogWarning("Classifier failed ({Error}) on a display name; held for review", e.GetType().Name);
            return true;
        }

        return ToxicityLabels.All.Any(l => site.Settings.Thresholds.TryGetValue(l.ApiName(), out var t) && result[l] >= Math.Min(t.Nudge, t.Hold));
    }
}
