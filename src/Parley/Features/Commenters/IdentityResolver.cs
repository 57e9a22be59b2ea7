using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Commenters;

/// <summary>Turns the request's bearer identity into this site's commenter (or none).</summary>
internal static class IdentityResolver
{
    public static long? CommenterIdFor(this ClaimsPrincipal user, SiteInfo site)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        // A token from another site must never act here; refuse rather than silently treat as a guest.
        return user.SiteIdOf() == site.Id
            ? user.CommenterId()
            : throw new ApiException(StatusCodes.Status401Unauthorized, "token_wrong_site", "This sign-in belongs to another site.");
    }

    public static async Task<Commenter> RequireCommenterAsync(this ParleyDbContext db, ClaimsPrincipal user, SiteInfo site, CancellationToken ct)
    {
        var id = user.CommenterIdFor(site)
            ?? throw new ApiException(StatusCodes.Status401Unauthorized, "unauthorized", "Sign in or post as a guest first.");
        return await db.Commenters.FirstOrDefaultAsync(c => c.Id == id && c.SiteId == site.Id, ct)
            ?? throw new ApiException(StatusCodes.Status401Unauthorized, "unauthorized", "Your account no longer exists.");
    }
}
