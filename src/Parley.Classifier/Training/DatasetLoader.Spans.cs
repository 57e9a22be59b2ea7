namespace Parley.Classifier.Training;

public static partial class DatasetLoader
{
    /// <summary>
    /// The soft target of a span type exactly one rater marked (its label stays unknown), for `parley train
    /// --soft-targets`, an experiment the shipped model does not use. The raters split, so the comment is half
    /// evidence. Not for IDENTITY_ATTACK: one rater's identity mark is often on a comment that only names a group.
    /// See the model card ("Where the validation split loses its AUC"): validation THREAT AUC rose, and so did THREAT
    /// on civil gun talk.
    /// </summary>
    internal const float SingleRaterTarget = 0.5f;

    /// <summary>
    /// ToxicSpans (Civil Comments, all originally rated toxic). Per comment: toxic when most raters did not tick
    /// "not toxic". A span type marked by ≥ 2 raters sets that label to 1; a type nobody marked on a toxic comment
    /// sets it to 0; one rater leaves it unknown (<see cref="Example.Targets"/> holds <see cref="SingleRaterTarget"/>
    /// there, except for identity attacks). Comments with at least two thirds "not toxic" and no span type
    /// marked by two raters are used as down-weighted TOXICITY negatives (the raw "not toxic" flag is unreliable,
    /// hence the agreement requirement) — they are the only in-source negatives against source leakage.
    /// </summary>
    private static IEnumerable<Example> ToxicSpans(string root)
    {
        var dir = Path.Combine(root, "toxicspans-civil");
        var raters = new Dictionary<string, (int Count, int NotToxic)>();
        var annotationComment = new Dictionary<string, string>();
        foreach (var r in Csv.Read(Path.Combine(dir, "annotations.csv")))
        {
            var id = r["comment_id"];
            annotationComment[r["annotation"]] = id;
            raters.TryGetValue(id, out var c);
            raters[id] = (c.Count + 1, c.NotToxic + (r["not toxic"] == "True" ? 1 : 0));
        }

        // (comment, type) → set of annotations that marked it; and where each rater's threat spans lie (for
        // `train --span-sentences`, an experiment).
        var marks = new Dictionary<(string, int), HashSet<string>>();
        var threatSpans = new Dictionary<string, List<(int Start, int End, string Rater)>>();
        foreach (var r in Csv.Read(Path.Combine(dir, "spans.csv")))
        {
            var label = r["type"] switch
            {
                "Insult" => I,
                "Profane/Obscene" => P,
                "Identity based Attack" => A,
                "Threat" => H,
                _ => -1,
            };
            if (label < 0 || !annotationComment.TryGetValue(r["annotation"], out var cid))
            {
                continue;
            }

            if (!marks.TryGetValue((cid, label), out var set))
            {
                marks[(cid, label)] = set = [];
            }

            set.Add(r["annotation"]);
            if (label == H && int.TryParse(r["start"], out var start) && int.TryParse(r["end"], out var end))
            {
                if (!threatSpans.TryGetValue(cid, out var list))
                {
                    threatSpans[cid] = list = [];
                }

                list.Add((start, end, r["annotation"]));
            }
        }

        foreach (var r in Csv.Read(Path.Combine(dir, "comments.csv")))
        {
            var id = r["comment_id"];
            if (!raters.TryGetValue(id, out var rc) || rc.Count > 20)
            {
                continue; // the 357-rater quiz item is not a normal comment
            }

            int Marked(int label) => marks.TryGetValue((id, label), out var s) ? s.Count : 0;
            var toxic = rc.NotToxic * 2 < rc.Count;
            var labels = Example.Unknown();
            if (!toxic)
            {
                var agreed = rc.NotToxic * 3 >= rc.Count * 2;
                if (agreed && new[] { I, P, A, H }.All(l => Marked(l) < 2))
                {
                    labels[T] = 0;
                    labels[S] = 0;
                    yield return new Example("toxicspans", r["comment_text"], labels, weight: 0.5f);
                }

                continue;
            }

            labels[T] = 1;
            var targets = Example.Unknown();
            targets[T] = 1;
            foreach (var l in new[] { I, P, A, H })
            {
                var m = Marked(l);
                labels[l] = m >= 2 ? 1 : m == 0 ? 0 : float.NaN;
                targets[l] = m == 1 && l != A ? SingleRaterTarget : labels[l];
            }

            labels[S] = Severe(labels);
            targets[S] = Severe(targets);
            yield return new Example("toxicspans", r["comment_text"], labels)
            {
                Targets = labels.AsSpan().SequenceEqual(targets) ? null : targets,
                ThreatSpans = threatSpans.GetValueOrDefault(id),
            };
        }
    }

    /// <summary>
    /// SEVERE_TOXICITY from the span types: a threat, an identity attack, or a profane insult is severe; none of
    /// threat, identity attack or profanity is not; profanity without an insult says nothing. With soft targets it is
    /// the same reading, graded: the likelier of a threat, an identity attack, or profanity and insult together.
    /// </summary>
    internal static float Severe(float[] y)
    {
        if (y[H] == 1 || y[A] == 1 || (y[P] == 1 && y[I] == 1))
        {
            return 1;
        }

        if (float.IsNaN(y[H]) || float.IsNaN(y[A]) || float.IsNaN(y[P]) || float.IsNaN(y[I]))
        {
            return y[H] == 0 && y[A] == 0 && y[P] == 0 ? 0 : float.NaN;
        }

        var attack = Math.Max(y[H], y[A]);
        if (y[P] == 1 && y[I] == 0)
        {
            return attack > 0 ? attack : float.NaN; // profanity without an insult says nothing
        }

        return Math.Max(attack, Math.Min(y[P], y[I]));
    }

    private static string DedupKey(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Drops repeated texts (within and across sources), keeping the first occurrence.</summary>
    public static List<Example> Deduplicate(IEnumerable<Example> examples)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return examples.Where(e => e.Text.Trim().Length > 0 && seen.Add(DedupKey(e.Text))).ToList();
    }

    /// <summary>Deterministic per-source split by text hash: 75 % train, 10 % validation, 15 % test.</summary>
    public static void AssignSplits(IEnumerable<Example> examples)
    {
        foreach (var e in examples)
        {
            var bucket = Lexical.Features.Hash(e.Source + "|" + DedupKey(e.Text), 0x5EED2026u) % 100;
            e.Split = bucket < 75 ? Split.Train : bucket < 85 ? Split.Validation : Split.Test;
        }
    }
}
