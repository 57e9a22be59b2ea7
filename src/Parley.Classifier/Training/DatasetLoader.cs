using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Classifier.Training;

/// <summary>
/// Reads the training folders (see ../shared/datasets/README.md) and maps each source's labels to ours. Every
/// mapping is deliberate and documented in docs/model-card.md; NaN = "this source says nothing about the label".
/// jigsaw-bias-templates is never loaded here: it is only for bias measurement.
/// </summary>
public static partial class DatasetLoader
{
    private const int T = 0, S = 1, I = 2, A = 3, P = 4, H = 5;

    public static List<Example> LoadAll(string root, TextWriter log)
    {
        var all = new List<Example>();
        void Add(string name, Func<string, IEnumerable<Example>> load)
        {
            var before = all.Count;
            all.AddRange(load(root));
            log.WriteLine($"  {name}: {all.Count - before} rows");
        }

        Add("context-toxicity-wiki", Wiki);
        Add("reddit-incivility", Reddit);
        Add("stanford-politeness", Politeness);
        Add("davidson-hate-offensive", Davidson);
        Add("stormfront-hate", Stormfront);
        Add("toxicspans-civil", ToxicSpans);
        AddLexicalProfanity(all);
        var deduped = Deduplicate(all);
        log.WriteLine($"  after deduplication: {deduped.Count} rows (removed {all.Count - deduped.Count})");
        AssignSplits(deduped);
        return deduped;
    }

    /// <summary>Wikipedia talk comments: toxic → TOXICITY 1 (other labels unknown); non-toxic → civil, all 0.</summary>
    private static IEnumerable<Example> Wiki(string root)
    {
        var dir = Path.Combine(root, "context-toxicity-wiki");
        // gn.csv was labelled without the parent, matching our setting; gc.csv's toxic labels depend on a
        // parent we do not see, so only its non-toxic rows are used.
        foreach (var r in Csv.Read(Path.Combine(dir, "gn.csv")))
        {
            yield return WikiExample(r["text"], r["label"] == "1");
        }

        foreach (var r in Csv.Read(Path.Combine(dir, "gc.csv")).Where(r => r["label"] == "0"))
        {
            yield return WikiExample(r["text"], false);
        }

        foreach (var r in Csv.Read(Path.Combine(dir, "cat_small.csv")))
        {
            yield return WikiExample(r["text"], r["label_oc"] == "1");
        }
    }

    private static Example WikiExample(string text, bool toxic)
    {
        var labels = toxic ? Example.Unknown() : Example.AllZero();
        labels[T] = toxic ? 1 : 0;
        return new Example("wiki", text, labels, civil: !toxic);
    }

    /// <summary>Reddit incivility: uncivil → TOXICITY 1 (incivility ≈ toxicity here, other labels unknown).</summary>
    private static IEnumerable<Example> Reddit(string root)
    {
        foreach (var r in Csv.Read(Path.Combine(root, "reddit-incivility", "incivility_coded_0302.csv")))
        {
            var text = r["comment"].Replace("‚Äô", "’").Replace("‚Äú", "“").Replace("‚Äù", "”");
            if (text.Trim() is "[deleted]" or "[removed]" or "")
            {
                continue;
            }

            var uncivil = r["correction"].Trim() == "1";
            var labels = uncivil ? Example.Unknown() : Example.AllZero();
            labels[T] = uncivil ? 1 : 0;
            yield return new Example("reddit", text, labels, civil: !uncivil);
        }
    }

    /// <summary>Politeness requests: only the upper half (normalised score ≥ 0) is used, as civil negatives.</summary>
    private static IEnumerable<Example> Politeness(string root)
    {
        foreach (var file in new[] { "wikipedia.annotated.csv", "stack-exchange.annotated.csv" })
        {
            foreach (var r in Csv.Read(Path.Combine(root, "stanford-politeness", file)))
            {
                if (double.Parse(r["Normalized Score"], CultureInfo.InvariantCulture) >= 0)
                {
                    yield return new Example("politeness", r["Request"].Replace("<url>", "link"), Example.AllZero(), civil: true);
                }
            }
        }
    }

    /// <summary>
    /// Davidson tweets: hate → TOXICITY, IDENTITY_ATTACK (and SEVERE when every rater said hate); offensive →
    /// TOXICITY only; neither → all 0. Down-weighted: lexicon-sampled and dialect-biased.
    /// </summary>
    private static IEnumerable<Example> Davidson(string root)
    {
        foreach (var r in Csv.Read(Path.Combine(root, "davidson-hate-offensive", "labeled_data.csv")))
        {
            var text = CleanTweet(r["tweet"]);
            var cls = r["class"];
            var labels = cls == "2" ? Example.AllZero() : Example.Unknown();
            if (cls != "2")
            {
                labels[T] = 1;
            }

            if (cls == "0")
            {
                labels[A] = 1;
                labels[S] = r["hate_speech"] == r["count"] ? 1 : float.NaN;
            }

            yield return new Example("davidson", text, labels, weight: 0.5f);
        }
    }

    /// <summary>Stormfront sentences: hate → TOXICITY + IDENTITY_ATTACK (others unknown); noHate → all 0; relation/idk dropped.</summary>
    private static IEnumerable<Example> Stormfront(string root)
    {
        foreach (var r in Csv.Read(Path.Combine(root, "stormfront-hate", "stormfront_sentences.csv")))
        {
            if (r["label"] is not ("hate" or "noHate"))
            {
                continue;
            }

            // A hate sentence may also insult or threaten ("hang the last …"): those labels stay unknown.
            var hate = r["label"] == "hate";
            var labels = hate ? Example.Unknown() : Example.AllZero();
            labels[T] = labels[A] = hate ? 1 : 0;
            yield return new Example("stormfront", FixTokenisedSpacing(r["text"]), labels);
        }
    }

    /// <summary>
    /// PROFANITY is lexical by definition, and no source labels it well (ToxicSpans raters often mark a swear
    /// word as an insult instead), so any text with a curated profanity word is a PROFANITY positive.
    /// Text without one keeps its source label (0 for civil sets, ToxicSpans' span votes otherwise).
    /// </summary>
    private static void AddLexicalProfanity(List<Example> examples)
    {
        foreach (var e in examples)
        {
            var norm = Text.TextNormalizer.Default.Normalize(e.Text);
            for (var i = 0; i < norm.TokenCount; i++)
            {
                if (Text.Lexicon.Default.Category(norm.TokenText(i)) == Text.LexiconCategory.Profanity)
                {
                    e.Labels[P] = 1;
                    break;
                }
            }
        }
    }

    private static string CleanTweet(string t)
    {
        t = MentionRegex().Replace(t, " ");
        t = UrlRegex().Replace(t, " ");
        t = t.Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">");
        t = EntityRegex().Replace(t, " ");
        t = RetweetRegex().Replace(t, " ");
        return t.Trim();
    }

    private static string FixTokenisedSpacing(string t) => SpaceBeforePunct().Replace(t, "$1");

    [GeneratedRegex(@"@\w+:?")]
    private static partial Regex MentionRegex();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"&#\d+;")]
    private static partial Regex EntityRegex();

    [GeneratedRegex(@"\bRT\b")]
    private static partial Regex RetweetRegex();

    [GeneratedRegex(@" ([,.;:!?'])")]
    private static partial Regex SpaceBeforePunct();
}
