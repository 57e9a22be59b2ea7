using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Features.Admin;

public sealed record QueueCounts(int Pending, int Reported, int Rejected, int Approved);

public sealed record QueueAuthor(long Id, string Name, string Kind, bool NameHeld);

public sealed record QueueStory(long Id, string Title, string Url);

public sealed record QueueParent(long Id, string? Html, string? Author);

public sealed record QueueFlag(string Reason, string? Text, DateTime CreatedAt);

/// <summary>One comment in a queue, with everything a moderator needs to decide without leaving it.</summary>
public sealed record QueueItem(
    long Id,
    string Status,
    string? Reason,
    string Markdown,
    string Html,
    bool Featured,
    DateTime CreatedAt,
    DateTime? EditedAt,
    QueueStory Story,
    QueueParent? Parent,
    QueueAuthor Author,
    JsonElement? Moderation,
    List<QueueFlag> Flags);

public sealed record QueuePage(string Queue, List<QueueItem> Items, int? NextSkip, QueueCounts Counts);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DecisionRequest(string? Reason = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BulkRequest(List<long> Ids, string Action, string? Reason = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FeatureRequest(bool Featured);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SanctionRequest(string Kind, int? Days = null, string? Reason = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record NoteRequest(string Text);

public sealed record SanctionDto(long Id, string Kind, DateTime? Until, string? Reason, DateTime CreatedAt, DateTime? LiftedAt);

public sealed record NoteDto(long Id, string Text, string? Moderator, DateTime CreatedAt);

public sealed record RecentDecision(long CommentId, string Status, string? Reason, DateTime? ModeratedAt, string Excerpt);

/// <summary>An author's record: what they wrote, what moderators decided, and measures against them.</summary>
public sealed record CommenterHistory(
    long Id, string Name, string Kind, string Role, bool NameHeld, DateTime CreatedAt,
    Dictionary<string, int> Counts, List<RecentDecision> Recent, List<SanctionDto> Sanctions, List<NoteDto> Notes);

public sealed record AuditDto(long Id, DateTime CreatedAt, long? ActorId, string? Actor, string Action, string? TargetType, long? TargetId, string? Reason, string? Data);
