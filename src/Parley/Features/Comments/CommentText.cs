using Parley.Features.Moderation.Steps;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

/// <summary>Validation of short commenter-supplied strings (display names, emails, flag texts).</summary>
internal static class CommentText
{
    public const int MaxDisplayName = 50;

    public static string DisplayName(string? raw)
    {
        var name = raw?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw ApiException.BadRequest("display_name_required", "Choose a display name to post as a guest.");
        }

        if (name.Length > MaxDisplayName || LimitsStep.Check(name, MaxDisplayName).IsFinal || name.Contains('\n'))
        {
            throw ApiException.BadRequest("invalid_display_name", $"A display name is 1–{MaxDisplayName} visible characters on one line.");
        }

        return name;
    }

    public static string? Email(string? raw)
    {
        var email = raw?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var at = email.IndexOf('@');
        if (email.Length > 320 || at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw ApiException.BadRequest("invalid_email", "The email address is not valid.");
        }

        return email.ToLowerInvariant();
    }
}
