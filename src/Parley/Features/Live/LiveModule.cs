using Parley.Features.Sites;
using Parley.Features.Stories;

namespace Parley.Features.Live;

public static class LiveModule
{
    public static IServiceCollection AddLive(this IServiceCollection services) => services.AddSingleton<LiveHub>();

    /// <summary>
    /// Server-Sent Events for one story: <c>event: comment|edit|delete</c> with ids. The browser's
    /// EventSource reconnects by itself; a comment every 15 s keeps proxies from closing an idle stream.
    /// </summary>
    public static RouteGroupBuilder MapLive(this RouteGroupBuilder widget)
    {
        widget.MapGet("/stories/{storyId:long}/events", async (string site, long storyId, SiteDirectory sites, StoryResolver stories, LiveHub hub,
                HttpContext http, CancellationToken ct) =>
            {
                var siteInfo = await sites.GetAsync(site, ct);
                await stories.ResolveIdAsync(siteInfo, storyId, null, null, ct);
                var (id, reader) = hub.Subscribe(storyId);
                try
                {
                    await ServerSentEvents.StreamAsync(http, reader, ct);
                }
                finally
                {
                    hub.Unsubscribe(storyId, id);
                }
            })
            .WithName("StoryEvents").WithSummary("Server-Sent Events: new, edited and deleted comments of a story.")
            .ExcludeFromDescription();
        return widget;
    }
}
