using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Parley.Classifier;
using Parley.Data;
using Parley.Features.Moderation;
using Parley.Features.Sites;
using Parley.Features.Stories;
using Parley.Infrastructure;

namespace Parley.Features.Admin;

public sealed record SiteSettingsDto(string Name, List<string> AllowedOrigins, SiteSettingsBody Settings);

/// <summary>The editable policy, as the workspace sends it back.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SiteSettingsBody(
    int EditWindowMinutes, int MaxDepth, Dictionary<string, ThresholdsBody> Thresholds, bool NudgeEnabled,
    List<string> BannedWords, List<string> SuspectWords, string LinkPolicy, bool HoldLinksFromNewCommenters, int NewCommenterApprovedComments,
    int HoldFirstComments, double RejectionRateHold, int RejectionRateWindowDays, int RejectionRateMinDecisions, string PreModeration,
    int FlagHideThreshold, double ThreadHealthThreshold, int ThreadHealthMinComments, int RepeatPostWindowMinutes, string ClassifierFailure);

public sealed record ThresholdsBody(double Nudge, double Hold);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SiteSettingsUpdate(string? Name, List<string>? AllowedOrigins, SiteSettingsBody? Settings);

/// <summary>Reads and changes a site's policy; every change is validated whole, then audited.</summary>
internal sealed class SiteSettingsEditor(ParleyDbContext db, SiteDirectory sites, TimeProvider clock)
{
    public const int MaxTerms = 20_000;
    public const int MaxTermLength = 100;

    public async Task<SiteSettingsDto> GetAsync(Moderator mod, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == mod.Site.Id, ct);
        return new SiteSettingsDto(site.Name, site.AllowedOrigins, ToBody(site.Settings));
    }

    public async Task<SiteSettingsDto> UpdateAsync(Moderator mod, SiteSettingsUpdate update, CancellationToken ct)
    {
        var site = await db.Sites.FirstAsync(s => s.Id == mod.Site.Id, ct);
        var before = Snapshot(site.Name, site.AllowedOrigins, site.Settings);
        if (update.Name is { } name)
        {
            site.Name = string.IsNullOrWhiteSpace(name) || name.Length > 200 ? throw ApiException.BadRequest("invalid_name", "A site name is 1–200 characters.") : name.Trim();
        }

        if (update.AllowedOrigins is { } origins)
        {
            site.AllowedOrigins = origins.Select(Origin).Distinct().ToList();
        }

        if (update.Settings is { } body)
        {
            site.Settings = FromBody(body);
        }

        var after = Snapshot(site.Name, site.AllowedOrigins, site.Settings);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value)
            .ToDictionary(kv => kv.Key, kv => new { before = before.GetValueOrDefault(kv.Key), after = kv.Value });
        db.Record(site.Id, mod.Id, "settings.update", "site", site.Id, string.Join(", ", changed.Keys), changed, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        sites.Invalidate(site.Slug);
        return new SiteSettingsDto(site.Name, site.AllowedOrigins, ToBody(site.Settings));
    }

    /// <summary>Adds one term per line (blank lines and # comments skipped) to the banned or suspect list.</summary>
    public async Task<int> ImportWordsAsync(Moderator mod, string list, string text, CancellationToken ct)
    {
        var terms = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var site = await db.Sites.FirstAsync(s => s.Id == mod.Site.Id, ct);
        var settings = FromBody(ToBody(site.Settings));
        var target = list switch
        {
            "banned" => settings.BannedWords,
            "suspect" => settings.SuspectWords,
            _ => throw ApiException.NotFound("invalid_list", "The list is 'banned' or 'suspect'."),
        };
        var added = terms.Except(target, StringComparer.OrdinalIgnoreCase).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        target.AddRange(added);
        CheckTerms(target);
        site.Settings = settings;
        db.Record(site.Id, mod.Id, "wordlist.import", "site", site.Id, list, new { added = added.Count }, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        sites.Invalidate(site.Slug);
        return added.Count;
    }

    /// <summary>Each setting as JSON text, so the audit entry can say what changed from what to what.</summary>
    private static Dictionary<string, string> Snapshot(string name, List<string> origins, SiteSettings settings)
    {
        var result = new Dictionary<string, string> { ["name"] = name, ["allowedOrigins"] = JsonSerializer.Serialize(origins) };
        foreach (var p in JsonSerializer.SerializeToElement(settings, SiteConfiguration.JsonOptions).EnumerateObject())
        {
            result[p.Name] = p.Value.GetRawText();
        }

        return result;
    }

    private static string Origin(string raw) =>
        StoryUrl.TryCanonicalize(raw, out _, out var origin) && raw.TrimEnd('/').Equals(origin, StringComparison.OrdinalIgnoreCase)
            ? origin
            : throw ApiException.BadRequest("invalid_origin", "An origin is scheme://host[:port], without a path.");

    private static SiteSettings FromBody(SiteSettingsBody b)
    {
        if (b.Thresholds is null || b.Thresholds.Count == 0 || b.Thresholds.Any(t => !ToxicityLabels.TryParse(t.Key, out _) || Bad(t.Value.Nudge) || Bad(t.Value.Hold)))
        {
            throw ApiException.BadRequest("invalid_thresholds", "Thresholds are per label (TOXICITY, INSULT, …), each nudge and hold in [0, 1].");
        }

        Check(b.LinkPolicy is "allow" or "hold" or "reject", "invalid_link_policy", "Link policy is allow, hold or reject.");
        Check(b.PreModeration is "none" or "all" or "first", "invalid_premoderation", "Pre-moderation is none, all or first.");
        Check(b.ClassifierFailure is "hold" or "publish", "invalid_failure_policy", "Classifier failure policy is hold or publish.");
        Check(b.EditWindowMinutes is >= 0 and <= 10_080 && b.MaxDepth is >= 1 and <= 20 && b.NewCommenterApprovedComments is >= 0 and <= 1000
              && b.HoldFirstComments is >= 0 and <= 1000 && b.RejectionRateWindowDays is >= 1 and <= 365 && b.RejectionRateMinDecisions is >= 1 and <= 1000
              && b.FlagHideThreshold is >= 0 and <= 1000 && b.ThreadHealthMinComments is >= 1 and <= 100_000 && b.RepeatPostWindowMinutes is >= 0 and <= 10_080
              && !Bad(b.RejectionRateHold) && !Bad(b.ThreadHealthThreshold),
            "invalid_setting", "A setting is out of its range (see docs/configuration.md).");
        var banned = b.BannedWords ?? [];
        var suspect = b.SuspectWords ?? [];
        CheckTerms(banned);
        CheckTerms(suspect);
        return new SiteSettings
        {
            EditWindowMinutes = b.EditWindowMinutes,
            MaxDepth = b.MaxDepth,
            NudgeEnabled = b.NudgeEnabled,
            Thresholds = b.Thresholds.ToDictionary(t => t.Key, t => new LabelThresholds { Nudge = t.Value.Nudge, Hold = t.Value.Hold }),
            BannedWords = [.. banned.Select(t => t.Trim())],
            SuspectWords = [.. suspect.Select(t => t.Trim())],
            LinkPolicy = b.LinkPolicy,
            HoldLinksFromNewCommenters = b.HoldLinksFromNewCommenters,
            NewCommenterApprovedComments = b.NewCommenterApprovedComments,
            HoldFirstComments = b.HoldFirstComments,
            RejectionRateHold = b.RejectionRateHold,
            RejectionRateWindowDays = b.RejectionRateWindowDays,
            RejectionRateMinDecisions = b.RejectionRateMinDecisions,
            PreModeration = b.PreModeration,
            FlagHideThreshold = b.FlagHideThreshold,
            ThreadHealthThreshold = b.ThreadHealthThreshold,
            ThreadHealthMinComments = b.ThreadHealthMinComments,
            RepeatPostWindowMinutes = b.RepeatPostWindowMinutes,
            ClassifierFailure = b.ClassifierFailure,
        };
    }

    private static SiteSettingsBody ToBody(SiteSettings s) => new(
        s.EditWindowMinutes, s.MaxDepth, s.Thresholds.ToDictionary(t => t.Key, t => new ThresholdsBody(t.Value.Nudge, t.Value.Hold)), s.NudgeEnabled,
        [.. s.BannedWords], [.. s.SuspectWords], s.LinkPolicy, s.HoldLinksFromNewCommenters, s.NewCommenterApprovedComments, s.HoldFirstComments,
        s.RejectionRateHold, s.RejectionRateWindowDays, s.RejectionRateMinDecisions, s.PreModeration, s.FlagHideThreshold, s.ThreadHealthThreshold,
        s.ThreadHealthMinComments, s.RepeatPostWindowMinutes, s.ClassifierFailure);

    private static void CheckTerms(List<string> terms) => Check(
        terms.Count <= MaxTerms && terms.All(t => t is not null && t.Trim().Length is > 0 and <= MaxTermLength && !t.Any(char.IsControl)),
        "invalid_terms", $"A word list holds at most {MaxTerms} terms of 1–{MaxTermLength} characters.");

    private static bool Bad(double v) => double.IsNaN(v) || v < 0 || v > 1;

    private static void Check(bool ok, string code, string detail)
    {
        if (!ok)
        {
            throw ApiException.BadRequest(code, detail);
        }
    }
}
