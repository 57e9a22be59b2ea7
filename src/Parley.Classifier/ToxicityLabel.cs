namespace Parley.Classifier;

/// <summary>The six attributes Parley scores, named as Perspective names them.</summary>
public enum ToxicityLabel
{
    Toxicity,
    SevereToxicity,
    Insult,
    IdentityAttack,
    Profanity,
    Threat,
}

public static class ToxicityLabels
{
    public const int Count = 6;

    public static readonly ToxicityLabel[] All =
    [
        ToxicityLabel.Toxicity, ToxicityLabel.SevereToxicity, ToxicityLabel.Insult,
        ToxicityLabel.IdentityAttack, ToxicityLabel.Profanity, ToxicityLabel.Threat,
    ];

    private static readonly string[] s_names =
        ["TOXICITY", "SEVERE_TOXICITY", "INSULT", "IDENTITY_ATTACK", "PROFANITY", "THREAT"];

    /// <summary>Perspective's attribute name, e.g. <c>IDENTITY_ATTACK</c>.</summary>
    public static string ApiName(this ToxicityLabel label) => s_names[(int)label];

    public static bool TryParse(string name, out ToxicityLabel label)
    {
        var i = Array.IndexOf(s_names, name);
        label = i < 0 ? default : (ToxicityLabel)i;
        return i >= 0;
    }
}
