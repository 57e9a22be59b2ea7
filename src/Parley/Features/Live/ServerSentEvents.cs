using System.Text.Json;
using System.Threading.Channels;

namespace Parley.Features.Live;

/// <summary>
/// Writes a channel of events as a Server-Sent-Event stream until the client goes away, with a comment
/// every 15 s so proxies do not close an idle stream. Used by the widget's story stream and the workspace.
/// </summary>
internal static class ServerSentEvents
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task StreamAsync(HttpContext http, ChannelReader<LiveEvent> reader, CancellationToken ct)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.WriteAsync("retry: 3000\n\n", ct);
            await http.Response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(KeepAlive);
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
    }
}
