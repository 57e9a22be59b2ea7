using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Features.Sites;
using Parley.Infrastructure;

namespace Parley.Features.Commenters;

public static class CommentersModule
{
    public static IServiceCollection AddCommenters(this IServiceCollection services)
    {
        services.AddSingleton<SessionStore>();
        services.AddScoped<AccountService>();
        return services;
    }

    /// <summary>Register, sign in, continue as guest, who am I, sign out — all answering bearer tokens.</summary>
    public static RouteGroupBuilder MapCommenters(this RouteGroupBuilder widget)
    {
        var auth = widget.MapGroup("/auth");
        auth.MapPost("/register", async (string site, RegisterRequest request, SiteDirectory sites, AccountService accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.RegisterAsync(await sites.GetAsync(site, ct), request, ct)))
            .WithName("Register").WithSummary("Create a local account on this site and sign in.");
        auth.MapPost("/signin", async (string site, SignInRequest request, SiteDirectory sites, AccountService accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.SignInAsync(await sites.GetAsync(site, ct), request, ct)))
            .WithName("SignIn").WithSummary("Sign in with user name and password; answers a bearer token.");
        auth.MapPost("/guest", async (string site, GuestRequest request, SiteDirectory sites, AccountService accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.GuestAsync(await sites.GetAsync(site, ct), request, ct)))
            .WithName("Guest").WithSummary("Continue as a guest with a display name (to vote or flag before posting).");
        auth.MapGet("/me", async (string site, SiteDirectory sites, ParleyDbContext db, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(AccountService.ToDto(await db.RequireCommenterAsync(http.User, await sites.GetAsync(site, ct), ct))))
            .WithName("Me").WithSummary("The signed-in commenter.");
        auth.MapPost("/signout", async (string site, SiteDirectory sites, ParleyDbContext db, SessionStore sessions, HttpContext http, CancellationToken ct) =>
            {
                await db.RequireCommenterAsync(http.User, await sites.GetAsync(site, ct), ct);
                await sessions.EndAsync(db, http.User.FindFirst(ParleyClaims.SessionId)!.Value, ct);
                return TypedResults.NoContent();
            })
            .WithName("SignOut").WithSummary("End this session; its token stops working.");
        return widget;
    }
}
