using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Parley.Features.Commenters;

namespace Parley.Infrastructure;

/// <summary>Authenticates <c>Authorization: Bearer …</c> against a live session (sign-out revokes it).</summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens,
    SessionStore sessions,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!tokens.TryValidate(header["Bearer ".Length..].Trim(), clock.GetUtcNow().UtcDateTime, out var claims))
        {
            return AuthenticateResult.Fail("invalid or expired token");
        }

        var session = await sessions.FindAsync(claims.SessionId, Context.RequestAborted);
        if (session is null || session.CommenterId != claims.CommenterId)
        {
            return AuthenticateResult.Fail("session ended");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, session.CommenterId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ParleyClaims.SiteId, session.SiteId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ParleyClaims.SessionId, claims.SessionId),
                new Claim(ClaimTypes.Role, session.Role.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        throw new ApiException(StatusCodes.Status401Unauthorized, "unauthorized", "Sign in first (missing, invalid or expired bearer token).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        throw ApiException.Forbidden("forbidden", "You are not allowed to do this.");
}

internal static class ParleyClaims
{
    public const string SiteId = "parley:site";
    public const string SessionId = "parley:session";

    public static long? CommenterId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static long? SiteIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SiteId), out var id) ? id : null;
}
