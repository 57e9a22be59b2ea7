using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Commenters;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

/// <summary>Who is acting in the workspace, checked on every admin request.</summary>
internal sealed record Moderator(long Id, string Name, Role Role, SiteInfo Site);

internal static class AdminAccess
{
    /// <summary>
    /// The caller must be a moderator or admin of this very site. Anything else — no token, another site's
    /// token, a plain commenter — gets the same 404 as a site that does not exist: nothing to probe.
    /// </summary>
    public static async Task<Moderator> RequireModeratorAsync(this HttpContext http, string slug, Role minimum = Role.Moderator)
    {
        var ct = http.RequestAborted;
        var site = await http.RequestServices.GetRequiredService<SiteDirectory>().FindAsync(slug, ct);
        var user = http.User;

        // A bearer token that no longer works says so (it reveals nothing about the site); the workspace
        // then asks the moderator to sign in again instead of guessing.
        if (user.Identity?.IsAuthenticated != true && http.Request.Headers.Authorization.Count > 0)
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, "session_expired", "Your session has ended; sign in again.");
        }

        if (site is null || user.Identity?.IsAuthenticated != true || user.SiteIdOf() != site.Id)
        {
            throw NotFound();
        }

        var db = http.RequestServices.GetRequiredService<ParleyDbContext>();
        var me = await db.Commenters.AsNoTracking().Where(c => c.Id == user.CommenterId() && c.SiteId == site.Id)
            .Select(c => new { c.Id, c.DisplayName, c.Role }).FirstOrDefaultAsync(ct);
        if (me is null || me.Role < Role.Moderator)
        {
            throw NotFound();
        }

        return me.Role >= minimum
            ? new Moderator(me.Id, me.DisplayName, me.Role, site)
            : throw ApiException.Forbidden("admin_only", "Only site admins can do this.");
    }

    private static ApiException NotFound() => ApiException.NotFound("site_not_found", "There is no such site in your workspace.");
}
