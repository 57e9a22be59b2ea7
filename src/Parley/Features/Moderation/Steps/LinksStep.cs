using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;

namespace Parley.Features.Moderation.Steps;

/// <summary>Links follow the site's policy; links from new commenters are held by default (spam's favourite move).</summary>
internal sealed partial class LinksStep(ParleyDbContext db) : IModerationStep
{
    public string Name => "links";

    public async ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct)
    {
        var links = LinkPattern().Matches(context.Text);
        if (links.Count == 0)
        {
            return StepVerdict.None;
        }

        var settings = context.Site.Settings;
        var data = new { links = links.Select(m => new { begin = m.Index, end = m.Index + m.Length }).ToList() };
        switch (settings.LinkPolicy)
        {
            case "reject":
                return new StepVerdict(VerdictKind.Reject, "link", "Links are not allowed on this site.") { Data = data };
            case "hold":
                return new StepVerdict(VerdictKind.Hold, "link", "Comments with links are reviewed first.") { Data = data };
        }

        if (!settings.HoldLinksFromNewCommenters)
        {
            return StepVerdict.None;
        }

        var published = context.Author.Id == 0 ? 0 : await db.Comments.CountAsync(
            c => c.AuthorId == context.Author.Id && c.Status == CommentStatus.Published, ct);
        return published < settings.NewCommenterApprovedComments
            ? new StepVerdict(VerdictKind.Hold, "link_new_commenter", "Links from new commenters are reviewed first.") { Data = data }
            : StepVerdict.None;
    }

    // Schemes, www. hosts, and bare domains with a common TLD ("example.com/offer") all count as links.
    [GeneratedRegex(@"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|ru|xyz|top|ly|co)\b(?:/\S*)?")]
    private static partial Regex LinkPattern();
}
