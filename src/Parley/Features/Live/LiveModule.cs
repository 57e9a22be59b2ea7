using System.Text.Json;
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
                http.Response.Headers.ContentType = "text/event-stream";
                http.Response.Headers.CacheControl = "no-cache";
                http.Response.Headers["X-Accel-Buffering"] = "no";
                var (id, reader) = hub.Subscribe(storyId);
                try
                {
                    await http.Response.WriteAsync("retry: 3000\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                    while (!ct.IsCancellationRequested)
                    {
                        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                        wait.CancelAfter(TimeSpan.FromSeconds(15));
                        try
                        {
                            var e = await reader.ReadAsync(wait.Token);
                            await http.Response.WriteAsync($"event: {e.Type}\ndata: {JsonSerializer.Serialize(e, JsonSerializerOptions.Web)}\n\n", ct);
                        }
                        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                        {
                            await http.Response.WriteAsync(": keep-alive\n\n", ct);
                        }

                        await http.Response.Body.FlushAsync(ct);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The reader went away.
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
