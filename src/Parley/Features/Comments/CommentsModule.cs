using Microsoft.AspNetCore.Mvc;
using Parley.Features.Sites;

namespace Parley.Features.Comments;

public static class CommentsModule
{
    public static IServiceCollection AddComments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThreadOptions>().Bind(configuration.GetSection(ThreadOptions.Section)).ValidateOnStart();
        services.AddSingleton<CommentRenderer>();
        services.AddSingleton<ThreadCache>();
        services.AddScoped<ThreadReader>();
        services.AddScoped<ReadThread>();
        services.AddScoped<ReadCounts>();
        services.AddScoped<PostComment>();
        services.AddScoped<EditComment>();
        services.AddScoped<DeleteComment>();
        return services;
    }

    /// <summary>Widget endpoints for reading and writing comments, under <c>/api/v1/sites/{site}</c>.</summary>
    public static RouteGroupBuilder MapComments(this RouteGroupBuilder widget)
    {
        widget.MapGet("/thread", (string site, long? storyId, string? url, string? title, string? sort, string? cursor, int? limit, int? depth,
                ReadThread useCase, HttpContext http, CancellationToken ct) =>
                useCase.ExecuteAsync(site, storyId, url, title, sort, cursor, limit, depth, http, ct))
            .WithName("GetThread").WithSummary("First page of a story's thread with nested replies (creates the story on first use).")
            .Produces<ThreadDto>();

        widget.MapGet("/counts", async (string site, [FromQuery(Name = "url")] string[] urls, ReadCounts useCase, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(site, urls, ct)))
            .WithName("GetCounts").WithSummary("Published-comment counts for up to 100 story URLs (repeat ?url=).");

        widget.MapPost("/counts", async (string site, CountsRequest request, ReadCounts useCase, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(site, request.Urls, ct)))
            .WithName("PostCounts").WithSummary("Counts for up to 100 story URLs given in the body (for long URL lists).");

        widget.MapPost("/comments", async (string site, PostCommentRequest request, SiteDirectory sites, PostComment useCase, HttpContext http, CancellationToken ct) =>
            {
                var result = await useCase.ExecuteAsync(await sites.GetAsync(site, ct), request, http, ct);
                return TypedResults.Created($"/api/v1/sites/{site}/comments/{result.Comment.Id}", result);
            })
            .WithName("PostComment").WithSummary("Post a comment or reply, signed in or as a guest (a guest gets a token back).");

        widget.MapPatch("/comments/{id:long}", async (string site, long id, EditCommentRequest request, SiteDirectory sites, EditComment useCase, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await useCase.ExecuteAsync(await sites.GetAsync(site, ct), id, request, http, ct)))
            .WithName("EditComment").WithSummary("Edit your own comment within the site's edit window.");

        widget.MapDelete("/comments/{id:long}", async (string site, long id, SiteDirectory sites, DeleteComment useCase, HttpContext http, CancellationToken ct) =>
            {
                await useCase.ExecuteAsync(await sites.GetAsync(site, ct), id, http, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteComment").WithSummary("Delete your own comment (replies stay under a tombstone).");

        return widget;
    }
}
