using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Features.Admin;

internal sealed record AuditFilter(string? Action, long? ActorId, string? TargetType, long? TargetId, DateTime? From, DateTime? To, int Skip, int Limit);

/// <summary>The audit log, filtered, as JSON pages or as CSV for export.</summary>
internal sealed class AuditReader(ParleyDbContext db)
{
    public async Task<List<AuditDto>> ReadAsync(long siteId, AuditFilter f, CancellationToken ct)
    {
        var q = db.AuditLog.AsNoTracking().Where(a => a.SiteId == siteId);
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            q = q.Where(a => a.Action.StartsWith(f.Action));
        }

        if (f.ActorId is { } actor)
        {
            q = q.Where(a => a.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(f.TargetType))
        {
            q = q.Where(a => a.TargetType == f.TargetType);
        }

        if (f.TargetId is { } target)
        {
            q = q.Where(a => a.TargetId == target);
        }

        if (f.From is { } from)
        {
            var utc = from.ToUniversalTime();
            q = q.Where(a => a.CreatedAt >= utc);
        }

        if (f.To is { } to)
        {
            var utc = to.ToUniversalTime();
            q = q.Where(a => a.CreatedAt < utc);
        }

        return await q.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Skip(f.Skip).Take(f.Limit)
            .Select(a => new AuditDto(a.Id, a.CreatedAt, a.ActorId, db.Commenters.Where(c => c.Id == a.ActorId).Select(c => c.DisplayName).FirstOrDefault(),
                a.Action, a.TargetType, a.TargetId, a.Reason, a.DataJson))
            .ToListAsync(ct);
    }

    public static string ToCsv(IEnumerable<AuditDto> rows)
    {
        var sb = new StringBuilder("id,created_at,actor_id,actor,action,target_type,target_id,reason,data\r\n");
        foreach (var r in rows)
        {
            sb.AppendJoin(',',
                r.Id.ToString(CultureInfo.InvariantCulture), r.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                r.ActorId?.ToString(CultureInfo.InvariantCulture) ?? "", Field(r.Actor), Field(r.Action), Field(r.TargetType),
                r.TargetId?.ToString(CultureInfo.InvariantCulture) ?? "", Field(r.Reason), Field(r.Data)).Append("\r\n");
        }

        return sb.ToString();
    }

    // RFC 4180 quoting, and a leading quote mark against spreadsheet formula injection.
    private static string Field(string? v)
    {
        if (string.IsNullOrEmpty(v))
        {
            return "";
        }

        if (v[0] is '=' or '+' or '-' or '@')
        {
            v = "'" + v;
        }

        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
