using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Parley.Features.Live;

/// <summary>A change readers of a story should know about (ids only; clients fetch what they may see).</summary>
public sealed record LiveEvent(string Type, long StoryId, long CommentId, long? ParentId, string? Reason = null);

/// <summary>
/// In-process fan-out of story events to Server-Sent-Event subscribers. Each subscriber has a small
/// bounded channel that drops the oldest event when a slow reader falls behind: publishing never blocks.
/// </summary>
internal sealed class LiveHub
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Guid, Channel<LiveEvent>>> _subscribers = new();

    public void Publish(LiveEvent e) => Publish(e.StoryId, e);

    private void Publish(long channel, LiveEvent e)
    {
        if (_subscribers.TryGetValue(channel, out var subs))
        {
            foreach (var subscriber in subs.Values)
            {
                subscriber.Writer.TryWrite(e);
            }
        }
    }

    /// <summary>
    /// Workspace events travel on the negated site id as their channel key (apart from story ids); the
    /// event itself carries the real story id and the reason, so a filtered queue can tell if it matches.
    /// </summary>
    public void PublishModeration(long siteId, long storyId, long commentId, string status, string? reason) =>
        Publish(-siteId, new LiveEvent("moderation:" + status, storyId, commentId, null, reason));

    public (Guid Id, ChannelReader<LiveEvent> Reader) Subscribe(long storyId)
    {
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(storyId, _ => new()).TryAdd(id, channel);
        return (id, channel.Reader);
    }

    public void Unsubscribe(long storyId, Guid id)
    {
        if (_subscribers.TryGetValue(storyId, out var subs))
        {
            subs.TryRemove(id, out _);
        }
    }
}
