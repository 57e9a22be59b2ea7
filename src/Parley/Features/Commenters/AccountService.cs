using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Comments;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Commenters;

/// <summary>Local accounts: registration, sign-in (PBKDF2 via ASP.NET Core Identity's hasher), guests.</summary>
internal sealed class AccountService(ParleyDbContext db, SessionStore sessions, Parley.Features.Moderation.DisplayNameCheck names, TimeProvider clock)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 200;

    private static readonly PasswordHasher<Commenter> Hasher = new();

    public async Task<SessionResponse> RegisterAsync(SiteInfo site, RegisterRequest request, CancellationToken ct)
    {
        var userName = UserName(request.UserName);
        if (request.Password is null || request.Password.Length < MinPasswordLength || request.Password.Length > MaxPasswordLength)
        {
            throw ApiException.BadRequest("weak_password", $"A password is {MinPasswordLength}–{MaxPasswordLength} characters.");
        }

        var commenter = new Commenter
        {
            SiteId = site.Id,
            Kind = CommenterKind.Account,
            UserName = userName,
            DisplayName = CommentText.DisplayName(request.DisplayName ?? request.UserName),
            Email = CommentText.Email(request.Email),
            Role = Role.Commenter,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        names.Apply(site, commenter);
        if (await db.Commenters.AnyAsync(c => c.SiteId == site.Id && c.UserName == userName, ct))
        {
            throw ApiException.Conflict("user_name_taken", "That user name is taken on this site.");
        }

        commenter.PasswordHash = Hasher.HashPassword(commenter, request.Password);
        db.Commenters.Add(commenter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw ApiException.Conflict("user_name_taken", "That user name is taken on this site.");
        }

        return new SessionResponse(await sessions.StartAsync(db, commenter, ct), ToDto(commenter));
    }

    public async Task<SessionResponse> SignInAsync(SiteInfo site, SignInRequest request, CancellationToken ct)
    {
        var userName = request.UserName?.Trim().ToLowerInvariant() ?? "";
        var commenter = await db.Commenters.FirstOrDefaultAsync(c => c.SiteId == site.Id && c.UserName == userName, ct);
        if (commenter?.PasswordHash is null || request.Password is null || request.Password.Length > MaxPasswordLength
            || Hasher.VerifyHashedPassword(commenter, commenter.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, "invalid_credentials", "User name or password is wrong.");
        }

        return new SessionResponse(await sessions.StartAsync(db, commenter, ct), ToDto(commenter));
    }

    public async Task<SessionResponse> GuestAsync(SiteInfo site, GuestRequest request, CancellationToken ct)
    {
        var commenter = NewGuest(site, request.DisplayName, request.Email);
        db.Commenters.Add(commenter);
        await db.SaveChangesAsync(ct);
        return new SessionResponse(await sessions.StartAsync(db, commenter, ct), ToDto(commenter));
    }

    /// <summary>Creates (or resets the password of) a site account with the given role. Used by seeding and the CLI.</summary>
    public async Task<Commenter> EnsureAccountAsync(long siteId, string userName, string password, Role role, CancellationToken ct)
    {
        var name = userName.ToLowerInvariant();
        var commenter = await db.Commenters.FirstOrDefaultAsync(c => c.SiteId == siteId && c.UserName == name, ct);
        if (commenter is null)
        {
            commenter = new Commenter { SiteId = siteId, Kind = CommenterKind.Account, UserName = name, DisplayName = userName, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Commenters.Add(commenter);
        }

        commenter.Role = role;
        commenter.PasswordHash = Hasher.HashPassword(commenter, password);
        await db.SaveChangesAsync(ct);
        return commenter;
    }

    /// <summary>A validated, not yet stored guest identity; its display name is checked like any other.</summary>
    public Commenter NewGuest(SiteInfo site, string? displayName, string? email)
    {
        var guest = new Commenter
        {
            SiteId = site.Id,
            Kind = CommenterKind.Guest,
            DisplayName = CommentText.DisplayName(displayName),
            Email = CommentText.Email(email),
            Role = Role.Commenter,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        names.Apply(site, guest);
        return guest;
    }

    internal static CommenterDto ToDto(Commenter c) =>
        new(c.Id, c.DisplayName, c.Kind.ToString().ToLowerInvariant(), c.Role.ToString().ToLowerInvariant(), c.UserName);

    private static string UserName(string? raw)
    {
        var name = raw?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || name.Length < 3 || name.Length > 40 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw ApiException.BadRequest("invalid_user_name", "A user name is 3–40 letters, digits, '.', '-' or '_'.");
        }

        return name;
    }
}
