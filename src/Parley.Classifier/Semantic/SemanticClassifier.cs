using Parley.Classifier.Lexical;
using Parley.Classifier.Text;

namespace Parley.Classifier.Semantic;

/// <summary>
/// The semantic tier: MiniLM embedding of the normalised text (so obfuscation is undone first) and six heads (on one
/// hidden layer since session 19). It has no per-token explanation, so spans come from the lexical tier.
/// </summary>
internal sealed class SemanticClassifier(MiniLmEmbedder embedder, SemanticHeads heads, LexicalClassifier lexical)
    : IToxicityClassifier
{
    public string ModelVersion => heads.Version + "+" + lexical.ModelVersion;

    internal MiniLmEmbedder Embedder => embedder;

    internal SemanticHeads Heads => heads;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment)
    {
        var lex = lexical.Score(text, kind);
        var scores = new float[ToxicityLabels.Count];
        heads.Probabilities(embedder.Embed(SemanticInput(text, kind)), scores);
        if (kind == TextKind.DisplayName)
        {
            // Name rules (slurs, group + attack word) stay in force whatever the embedding says.
            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] = Math.Max(scores[l], lex.Scores[l] >= 0.8f ? lex.Scores[l] : 0);
            }
        }

        return new ClassificationResult(ModelVersion, scores, [.. lex.Spans]);
    }

    internal static string SemanticInput(string text, TextKind kind = TextKind.Comment) =>
        TextNormalizer.Default.Normalize(text, kind).Text;
}

/// <summary>
/// Both tiers on every comment: per label, the calibrated sum of the lexical and semantic log-odds
/// (<see cref="Combine"/>). A session-19 measurement chose it over the sum only where the lexical score was unsure
/// (0.2–0.8, shipped before): the attacks the lexical tier misses in fresh comments score below 0.2 there, so that
/// gate never asked the semantic tier about them (model card, "Tiers compared"). Display names stay lexical: the name
/// rules were written for them, and no calibration set holds names.
/// </summary>
internal sealed class CombinedClassifier(LexicalClassifier lexical, SemanticClassifier semantic) : IToxicityClassifier
{
    /// <summary>
    /// A text whose every label but PROFANITY scores below this lexically is not embedded: no fresh attack of our
    /// comment sets scored that low, while about half of the datasets' civil texts do (the embedding is the tier's
    /// whole cost).
    /// </summary>
    internal const float Floor = 0.01f;

    /// <summary>A lexical score at or above this stands (the sum may raise it, not lower it): the rules' 0.85 floors.</summary>
    internal const float Stand = 0.8f;

    public string ModelVersion => "combined:" + semantic.ModelVersion;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment)
    {
        // Combined from the lexical scores before the severe rule, which then reads the combined scores (Combine).
        var lex = lexical.Score(text, kind, severeFromAttacks: false);
        float[] lexScores = [.. lex.Scores];
        IReadOnlyList<SpanScore>[] spans = [.. lex.Spans];
        if (kind == TextKind.DisplayName)
        {
            return new ClassificationResult(ModelVersion, lexScores, spans);
        }

        var scores = lexScores; // below the floor, the lexical scores
        if (Embeds(lexScores))
        {
            var emb = semantic.Embedder.Embed(SemanticClassifier.SemanticInput(text, kind));
            Span<float> logits = stackalloc float[ToxicityLabels.Count];
            semantic.Heads.Logits(emb, logits);
            scores = new float[ToxicityLabels.Count];
            Combine(lexScores, logits, semantic.Heads.Combine, scores);
        }

        // Combine already applied the rule to the scores; here it also sets the spans (and rules the floor's texts).
        LexicalClassifier.SevereFromAttacks(scores, spans);
        return new ClassificationResult(ModelVersion, scores, spans);
    }

    /// <summary>
    /// A flag the semantic tier raised carries no lexical span; word occlusion (<see cref="Occlusion"/>) finds the
    /// words it rests on. Only the labels that combine are explained; TOXICITY, when occlusion finds nothing for it,
    /// takes the spans of an attack label that lifted it (scores as high), if that label has any. At most
    /// <see cref="Occlusion.MaxUnits"/> embeddings, each after a check of <paramref name="cancellationToken"/>.
    /// </summary>
    public ClassificationResult Explain(string text, ClassificationResult result, IReadOnlyCollection<ToxicityLabel> labels,
        TextKind kind = TextKind.Comment, CancellationToken cancellationToken = default)
    {
        var todo = labels.Select(l => (int)l).Distinct()
            .Where(l => !float.IsNaN(semantic.Heads.Combine[l]) && result.Spans[l].Count == 0).Order().ToList();
        if (kind == TextKind.DisplayName || todo.Count == 0)
        {
            return result;
        }

        float[] Logits(string t)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var l = new float[ToxicityLabels.Count];
            semantic.Heads.Logits(semantic.Embedder.Embed(SemanticClassifier.SemanticInput(t, kind)), l);
            return l;
        }

        IReadOnlyList<SpanScore>[] spans = [.. result.Spans];
        Occlusion.Explain(text, todo, Logits, spans);
        const int tox = (int)ToxicityLabel.Toxicity;
        if (todo.Contains(tox) && spans[tox].Count == 0)
        {
            var lifter = new[] { ToxicityLabel.SevereToxicity, ToxicityLabel.Insult, ToxicityLabel.IdentityAttack, ToxicityLabel.Threat }
                .Where(l => spans[(int)l].Count > 0 && result[l] >= result[ToxicityLabel.Toxicity]).FirstOrDefault(ToxicityLabel.Toxicity);
            spans[tox] = spans[(int)lifter];
        }

        return new ClassificationResult(result.ModelVersion, [.. result.Scores], spans);
    }

    /// <summary>
    /// Whether the text is worth an embedding: a label other than PROFANITY (which never combines) scores at least
    /// <see cref="Floor"/>. It does not depend on which offsets are set, so calibrating one label cannot change another.
    /// </summary>
    internal static bool Embeds(ReadOnlySpan<float> lexical)
    {
        for (var l = 0; l < lexical.Length; l++)
        {
            if (l != (int)ToxicityLabel.Profanity && lexical[l] >= Floor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One text's combined scores, from the lexical scores before <see cref="LexicalClassifier.SevereFromAttacks"/>
    /// (<see cref="LexicalClassifier.ScoresForCombining"/>), which it applies last; shared by the classifier, the
    /// calibration of the offsets and the tier comparison so that all three compute the same thing. A text below the
    /// floor (<see cref="Embeds"/>) and a label whose offset is NaN stay lexical. Where TOXICITY combines, it is then at least this tier's SEVERE_TOXICITY (as in the lexical
    /// tier, where TOXICITY is never below it), INSULT, IDENTITY_ATTACK and THREAT, so that no text is flagged as an
    /// attack and not as toxic; the TOXICITY offset is calibrated with these lifts in place. INSULT joined the lifts in
    /// session 20: without it the semantic tier's low TOXICITY on person-directed put-downs unflagged insults whose
    /// combined INSULT stayed high (model card, "TOXICITY at least INSULT").
    /// </summary>
    internal static void Combine(ReadOnlySpan<float> lexical, ReadOnlySpan<float> semanticLogits, ReadOnlySpan<float> offsets,
        Span<float> into)
    {
        if (!Embeds(lexical))
        {
            lexical.CopyTo(into);
            LexicalClassifier.SevereFromAttacks(into, null);
            return;
        }

        for (var l = 0; l < into.Length; l++)
        {
            if (float.IsNaN(offsets[l]))
            {
                into[l] = lexical[l];
                continue;
            }

            var sum = LexicalClassifier.Sigmoid(Logit(lexical[l]) + semanticLogits[l] + offsets[l]);
            // A NaN from the embedding must not unflag a rule's score (Math.Max of NaN is NaN).
            into[l] = float.IsNaN(sum) ? lexical[l] : lexical[l] >= Stand ? Math.Max(lexical[l], sum) : sum;
        }

        const int tox = (int)ToxicityLabel.Toxicity;
        if (!float.IsNaN(offsets[tox]))
        {
            foreach (var l in (ReadOnlySpan<int>)[(int)ToxicityLabel.SevereToxicity, (int)ToxicityLabel.Insult, (int)ToxicityLabel.IdentityAttack, (int)ToxicityLabel.Threat])
            {
                into[tox] = Math.Max(into[tox], into[l]);
            }
        }

        LexicalClassifier.SevereFromAttacks(into, null);
    }

    /// <summary>Log-odds of a probability, clamped so that a rule's 0 or 1 stays finite.</summary>
    internal static float Logit(float p)
    {
        p = Math.Clamp(p, 1e-4f, 1 - 1e-4f);
        return MathF.Log(p / (1 - p));
    }
}
