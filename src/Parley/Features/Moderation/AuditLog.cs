using System.Text.Json;
using Parley.Data;

namespace Parley.Features.Moderation;

/// <summary>Appends to the audit log. Entries are never updated or deleted by Parley.</summary>
internal static class AuditLog
{
    public static void Record(this ParleyDbContext db, long siteId, long? actorId, string action, string? targetType, long? targetId, string? reason,
        object? data, DateTime now) =>
        db.AuditLog.Add(new AuditEntry
        {
            SiteId = siteId,
            ActorId = actorId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Reason = reason,
            DataJson = data is null ? null : JsonSerializer.Serialize(data, JsonSerializerOptions.Web),
            CreatedAt = now,
        });
}
