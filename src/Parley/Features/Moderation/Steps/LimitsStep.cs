using System.Globalization;
using Microsoft.Extensions.Options;

namespace Parley.Features.Moderation.Steps;

/// <summary>Refuses empty, over-long and malformed text: control characters, lone surrogates, invisible-only.</summary>
internal sealed class LimitsStep(IOptions<CommentLimitsOptions> options) : IModerationStep
{
    public string Name => "limits";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct) =>
        ValueTask.FromResult(Check(context.Text, options.Value.MaxLength));

    internal static StepVerdict Check(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return StepVerdict.Refuse(400, "comment_too_long", $"A comment is at most {maxLength} characters.");
        }

        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return StepVerdict.Refuse(400, "invalid_encoding", "The text contains an invalid Unicode sequence.");
                }

                i++;
                visible = true;
                continue;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return StepVerdict.Refuse(400, "control_characters", "The text contains control characters.");
            }

            var category = char.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && category is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                visible = true;
            }
        }

        return visible ? StepVerdict.None : StepVerdict.Refuse(400, "comment_empty", "The comment is empty.");
    }
}
