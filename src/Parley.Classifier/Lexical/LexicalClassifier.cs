using System.Buffers;
using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The fast tier: normalise, hash n-grams, six dot products. Thread-safe (the model is read-only and the
/// feature buffer is per thread); spans come straight from the per-token contributions.
/// A span's <see cref="SpanScore.Contribution"/> is the log-odds its tokens add to the label (always &gt; 0.35;
/// above ~2 is a strong driver); spans are only computed for labels scoring at least 0.3.
/// </summary>
internal sealed class LexicalClassifier : IToxicityClassifier
{
    /// <summary>Spans are only computed for labels at least this likely (they are noise below).</summary>
    internal const float SpanMinScore = 0.3f;

    /// <summary>A token must add at least this much log-odds to be part of a span.</summary>
    internal const float SpanMinContribution = 0.35f;

    /// <summary>An identity-attack score this high lifts TOXICITY even without a dehumanising word.</summary>
    internal const float ConfidentIdentityAttack = 0.7f;

    /// <summary>
    /// Log-odds taken from IDENTITY_ATTACK where the text names no group, or only victims (then from SEVERE_TOXICITY
    /// too). Chosen on the validation split for the first case (pooled
    /// IDENTITY_ATTACK AUC: 0 → 0.906, 1 → 0.914, 2 → 0.920, 3 → 0.922, 4 → 0.924; Davidson 0.970 → 0.962 at 3,
    /// 0.957 at 4, 0.850 with no score at all): 3, where the hate tweets that name no group lose least.
    /// </summary>
    internal const float NoGroupPenalty = 3f;

    /// <summary>Log-odds a denied claim about a group loses ("Xs are not criminals."); chosen on the validation split.</summary>
    internal const float DeniedPenalty = 3f;
    internal const float ThreatRuleScore = 0.85f;

    [ThreadStatic]
    private static List<Feature>? t_features;

    private readonly TextNormalizer _normalizer;

    public LexicalClassifier(LexicalModel model, TextNormalizer normalizer)
    {
        Model = model;
        _normalizer = normalizer;
    }

    internal LexicalModel Model { get; }

    public string ModelVersion => Model.Version;

    public ClassificationResult Score(string text, TextKind kind = TextKind.Comment) => Score(text, kind, severeFromAttacks: true);

    /// <summary>
    /// Scores and spans; a comment without <see cref="SevereFromAttacks"/> when asked (the combined tier's input, which
    /// <see cref="Semantic.CombinedClassifier.Combine"/> applies that rule to). Display names always have it.
    /// </summary>
    internal ClassificationResult Score(string text, TextKind kind, bool severeFromAttacks)
    {
        var norm = _normalizer.Normalize(text ?? "", kind);
        if (kind == TextKind.DisplayName)
        {
            return NameRules.Score(this, norm);
        }

        Span<float> scores = stackalloc float[ToxicityLabels.Count];
        var spans = ScoreInto(norm, scores, withSpans: true, severeFromAttacks);
        return new ClassificationResult(ModelVersion, scores.ToArray(), spans);
    }

    /// <summary>
    /// A comment's scores before <see cref="SevereFromAttacks"/>: the combined tier's input
    /// (<see cref="Semantic.CombinedClassifier.Combine"/> applies that rule to the scores it combines).
    /// </summary>
    internal float[] ScoresForCombining(string text)
    {
        var scores = new float[ToxicityLabels.Count];
        ScoreInto(_normalizer.Normalize(text ?? "", TextKind.Comment), scores, withSpans: false, severeFromAttacks: false);
        return scores;
    }

    /// <summary>
    /// A threat or an identity attack is severe: that is how the training labels define SEVERE_TOXICITY
    /// (DatasetLoader: a ToxicSpans threat or identity attack is severe). The SEVERE_TOXICITY head learns it from ~100
    /// positives a split, the other two heads from more, so the severe score is at least theirs — as far as the text
    /// is toxic: capped at TOXICITY, it never lifts TOXICITY, whose own rules read counter-speech the identity head
    /// misreads ('I don't think Xs are a threat …': IDENTITY_ATTACK 0.73, TOXICITY 0.36). Validation split:
    /// SEVERE_TOXICITY AUC 0.909 → 0.917 (Davidson 0.935 → 0.949, ToxicSpans 0.649 → 0.675). The last step of both
    /// tiers, so that the combined tier caps at its own TOXICITY.
    /// </summary>
    internal static void SevereFromAttacks(Span<float> scores, IReadOnlyList<SpanScore>[]? spans)
    {
        const int severe = (int)ToxicityLabel.SevereToxicity;
        foreach (var attack in (ReadOnlySpan<int>)[(int)ToxicityLabel.IdentityAttack, (int)ToxicityLabel.Threat])
        {
            var lifted = Math.Min(scores[attack], scores[0]);
            if (lifted > scores[severe])
            {
                scores[severe] = lifted;
                if (spans is not null)
                {
                    spans[severe] = spans[attack];
                }
            }
        }
    }

    /// <summary>The six heads' logits before the gate, penalties and rules (for studying the heads: eval --dump).</summary>
    internal float[] HeadLogits(string text)
    {
        var norm = _normalizer.Normalize(text ?? "", TextKind.Comment);
        var features = new List<Feature>(512);
        Features.Extract(norm, _normalizer.Lexicon, Model.Dimension, features);
        var tokens = Math.Min(norm.TokenCount, Features.MaxTokens);
        var sentenceOf = new int[tokens];
        var sentences = Sentences.Assign(norm, tokens, sentenceOf);
        var logits = new float[ToxicityLabels.Count];
        Model.ScoreLogits(features, sentenceOf, sentences, logits, [], gate: false);
        return logits;
    }

    /// <summary>Probabilities into <paramref name="scores"/>; spans per label when asked (else empty lists).</summary>
    internal IReadOnlyList<SpanScore>[] ScoreInto(NormalizedText norm, Span<float> scores, bool withSpans,
        bool severeFromAttacks = true)
    {
        var features = t_features ??= new List<Feature>(512);
        Features.Extract(norm, _normalizer.Lexicon, Model.Dimension, features);
        var tokens = Math.Min(norm.TokenCount, Features.MaxTokens);
        var contribLength = withSpans ? tokens * ToxicityLabels.Count : 0;
        var contrib = ArrayPool<float>.Shared.Rent(Math.Max(contribLength, 1));
        try
        {
            Array.Clear(contrib, 0, contribLength);
            Span<float> logits = stackalloc float[ToxicityLabels.Count];
            Span<int> sentenceOf = tokens <= 512 ? stackalloc int[tokens] : new int[tokens];
            var sentences = Sentences.Assign(norm, tokens, sentenceOf);
            Span<int> winner = stackalloc int[ToxicityLabels.Count];
            Span<float> bestSentence = stackalloc float[ToxicityLabels.Count];
            Span<int> bestSentenceAt = stackalloc int[ToxicityLabels.Count];
            Model.ScoreLogits(features, sentenceOf, sentences, logits, contrib.AsSpan(0, contribLength), winner, gate: false, bestSentence,
                bestSentenceAt);

            // The identity-attack rule below reads that head before the TOXICITY gate (a gated score cannot tell
            // TOXICITY what it missed; the rule has its own evidence: a confident head or a group name next to a
            // dehumanising word). Measured on held-out data, this keeps BPSN at 0.96 where the gated score gave
            // 0.945. The threat rule reads the gated THREAT: the raw head lifted TOXICITY on civil text (civil
            // TOXICITY false positives 1.2 % → 3.2 %).
            var headIa = Sigmoid(logits[(int)ToxicityLabel.IdentityAttack]);
            LexicalModel.Gate(logits);
            // An identity attack needs an identity: where the text names no group, slur or dehumanising word, the
            // head's score is mostly the weight of words it learnt from a hate forum ("don't trust", "kill"), so its
            // logit drops by NoGroupPenalty (soft, because hate also hides behind "they" and "those people"). So does
            // a text that names groups only as the victims of a reported harm (GroupVictim.Reported), whose
            // SEVERE_TOXICITY drops too: "Thousands of Armenians were killed by the Turks." scored IDENTITY_ATTACK
            // 0.82 and SEVERE_TOXICITY 0.73 on the war words.
            // A text that only denies a contemptuous claim about a group ("Xs are not criminals.") or only names one to
            // condemn it ('"Xs are thieves" is a stereotype'; ReportedSpeech.IsCounterSpeech) loses DeniedPenalty on the
            // attack labels and lifts nothing (GroupPredicate.Read).
            var reading = GroupPredicate.Read(norm, _normalizer.Lexicon);
            var (claim, denied) = reading;
            var named = NamesAGroup(norm, _normalizer.Lexicon, reading);
            denied = denied || (named && ReportedSpeech.IsCounterSpeech(norm, _normalizer.Lexicon)); // it needs a group
            var victims = named && GroupVictim.Reported(norm, _normalizer.Lexicon);
            Damp(logits, named, victims, denied, ReaderVictim.Find(norm, _normalizer.Lexicon));
            for (var l = 0; l < logits.Length; l++)
            {
                scores[l] = Sigmoid(logits[l]);
            }

            var headThreat = scores[(int)ToxicityLabel.Threat];

            var spans = new IReadOnlyList<SpanScore>[ToxicityLabels.Count];
            for (var l = 0; l < spans.Length; l++)
            {
                // A label scored by one sentence is explained by that sentence's tokens only.
                spans[l] = withSpans && scores[l] >= SpanMinScore ? Spans(norm, contrib, tokens, l, sentenceOf, winner[l]) : [];
            }

            // Rule: a group name followed closely by a dehumanising word or slur ("Xs are vermin") is an identity
            // attack, and an identity attack is toxic, so TOXICITY is at least IDENTITY_ATTACK there. Real
            // training comments rarely dehumanise outright, so the TOXICITY head alone under-scores these.
            // The confident head alone lifts only a text that names a group in its own words, not only as victims
            // (ConfidentHeadMayLift).
            if (headIa > scores[0] && !denied && ((headIa >= ConfidentIdentityAttack && ConfidentHeadMayLift(norm, _normalizer.Lexicon, named, victims))
                                                  || GroupNearDehumanising(norm, _normalizer.Lexicon)))
            {
                scores[0] = headIa;
                spans[0] = withSpans ? Spans(norm, contrib, tokens, (int)ToxicityLabel.IdentityAttack, sentenceOf, winner[(int)ToxicityLabel.IdentityAttack]) : [];
            }

            const int ia = (int)ToxicityLabel.IdentityAttack;

            // Rule: "I'm going to <violent verb> <person or group>", an order to do it ("Kill all the Xs") or a wish
            // that they die ("I hope every X dies") is a threat whatever the head says (see ThreatIntent for why the
            // head cannot learn it); its words are the explanation.
            if (ThreatIntent.FindRule(norm, _normalizer.Lexicon) is var (first, last, target))
            {
                scores[(int)ToxicityLabel.Threat] = headThreat = Math.Max(headThreat, ThreatRuleScore);
                if (withSpans)
                {
                    var (b, e) = norm.TokensToOriginal(first, last);
                    // The rule's span carries the score's log-odds (finite: a saturated sigmoid reads as 0.9999).
                    spans[(int)ToxicityLabel.Threat] = [new SpanScore(b, e, Logit(Math.Min(headThreat, 0.9999f)))];
                }

                // A threat against a group ("… stab the next Jew I see") is an identity attack as well.
                if (ThreatensAGroup(norm, _normalizer.Lexicon, target) && scores[ia] < ThreatRuleScore)
                {
                    scores[ia] = ThreatRuleScore;
                    spans[ia] = spans[(int)ToxicityLabel.Threat].Select(x => x with { Contribution = Logit(ThreatRuleScore) }).ToList();
                }
            }

            // Rule: joy at harm done to a group ("Glad the Xs were gassed."; GroupVictim.Celebrated), where the heads
            // read the words of a news report, denying a group's lives any worth ("The lives of Xs do not matter.";
            // NegatedWorth), naming a group as the cause of the writer's disgust ("Xs disgust me."; GroupDisgust) and
            // a contemptuous claim about a whole group ("Xs are greedy", "Xs should be executed"; GroupPredicate) are
            // identity attacks; a claim that calls for violence is a threat as well.
            if (claim is var (claimFirst, claimLast, violent, isProtected))
            {
                var claimSpan = RuleSpan(norm, claimFirst, claimLast, withSpans);

                if (violent && headThreat < ThreatRuleScore)
                {
                    scores[(int)ToxicityLabel.Threat] = headThreat = ThreatRuleScore;
                    spans[(int)ToxicityLabel.Threat] = claimSpan;
                }

                // Contempt for a party, an age or a trade ("Liberals are idiots", "Bankers are parasites") is an insult.
                if (!isProtected)
                {
                    Raise(scores, spans, claimSpan, violent ? [0] : [0, (int)ToxicityLabel.Insult]);
                }
            }

            // A call to lock a group in camps ("Someone ought to lock Xs in camps and throw away the key") threatens it too.
            var stereotype = GroupStereotype.Find(norm, _normalizer.Lexicon);
            if (stereotype is var (confineAt, campsAt) && GroupStereotype.Confines(norm, confineAt, campsAt) && headThreat < ThreatRuleScore)
            {
                scores[(int)ToxicityLabel.Threat] = headThreat = ThreatRuleScore;
                spans[(int)ToxicityLabel.Threat] = RuleSpan(norm, confineAt, campsAt, withSpans);
            }

            if ((scores[ia] < ThreatRuleScore || scores[0] < ThreatRuleScore)
                && (GroupVictim.Celebrated(norm, _normalizer.Lexicon) ?? NegatedWorth.Find(norm, _normalizer.Lexicon)
                    ?? NegatedVirtue.Find(norm, _normalizer.Lexicon)
                    ?? GroupDisgust.Find(norm, _normalizer.Lexicon) ?? stereotype
                    ?? GroupInsinuation.Find(norm, _normalizer.Lexicon) ?? ImplicitDerogation.Find(norm, _normalizer.Lexicon) ?? (claim is (var cf, var cl, _, true) ? (cf, cl) : null)) is var (groupAt, harmAt))
            {
                Raise(scores, spans, RuleSpan(norm, groupAt, harmAt, withSpans), [ia, 0]);
            }

            // Rule: a slur used as one is an identity attack ("Some tranny tried to …", "The pajeets have taken over …"):
            // the heads weigh a slur by how often their sources used it, and new or rare slurs scored 0.02–0.24. Its
            // innocent senses ("a faggot of sticks"), quotations and reports of it, and in-group "nigga" are not
            // (Homonyms.FindSlur).
            if ((scores[ia] < ThreatRuleScore || scores[0] < ThreatRuleScore) && Homonyms.FindSlur(norm, _normalizer.Lexicon) is { } slur)
            {
                Raise(scores, spans, RuleSpan(norm, slur, slur, withSpans), [ia, 0]);
            }

            // Rule: the antisemitic echo around a name or a collective ("(((They))) control the banks"; Echo).
            if ((scores[ia] < ThreatRuleScore || scores[0] < ThreatRuleScore) && Echo.Find(norm) is var (echoFrom, echoTo))
            {
                Raise(scores, spans, RuleSpan(norm, echoFrom, echoTo, withSpans), [ia, 0]);
            }

            // Rule: the reader called an embarrassment, a joke, useless (ReaderInsult) is insulted.
            if ((scores[(int)ToxicityLabel.Insult] < ThreatRuleScore || scores[0] < ThreatRuleScore) && ReaderInsult.Find(norm) is var (youAt, insultAt))
            {
                Raise(scores, spans, RuleSpan(norm, youAt, insultAt, withSpans), [(int)ToxicityLabel.Insult, 0]);
            }

            // Rule: name-calling without "you are" ("You pompous twerp.", "What a halfwit.", "Nice try, doofus."; NameCalling).
            // Called by a slur the lexicon leaves out for its innocent senses ("Cry harder, Pali.", "Get lost you zio
            // shill"; NameCalling.IsAddressedSlur), the reader is attacked for an identity too.
            var insultDue = scores[(int)ToxicityLabel.Insult] < ThreatRuleScore || scores[0] < ThreatRuleScore;
            var slurDue = scores[ia] < ThreatRuleScore && NameCalling.AddressedSlurIn(norm, 0, Math.Min(norm.TokenCount, Features.MaxTokens) - 1) is not null;
            if ((insultDue || slurDue) && NameCalling.Find(norm, _normalizer.Lexicon) is var (calledFrom, calledTo))
            {
                if (insultDue)
                {
                    Raise(scores, spans, RuleSpan(norm, calledFrom, calledTo, withSpans), [(int)ToxicityLabel.Insult, 0]);
                }

                if (slurDue && NameCalling.AddressedSlurIn(norm, calledFrom, calledTo) is { } addressed)
                {
                    Raise(scores, spans, RuleSpan(norm, addressed, addressed, withSpans), [ia, 0]);
                }
            }

            // Rule: a stock put-down without an insult word ("wouldn't know a fact if it hit him"; InsultTropes).
            if ((scores[(int)ToxicityLabel.Insult] < ThreatRuleScore || scores[0] < ThreatRuleScore)
                && InsultTropes.Find(norm) is var (tropeFrom, tropeTo))
            {
                Raise(scores, spans, RuleSpan(norm, tropeFrom, tropeTo, withSpans), [(int)ToxicityLabel.Insult, 0]);
            }

            // Rule: a condescending stock put-down ("Are you always this slow?", "Stick to colouring books."; PutDowns).
            if ((scores[(int)ToxicityLabel.Insult] < ThreatRuleScore || scores[0] < ThreatRuleScore)
                && PutDowns.Find(norm) is var (putDownFrom, putDownTo))
            {
                Raise(scores, spans, RuleSpan(norm, putDownFrom, putDownTo, withSpans), [(int)ToxicityLabel.Insult, 0]);
            }

            // Rule: a person likened to a thing in how they look, sound or play ("You look like a startled ferret";
            // MockLikeness).
            if ((scores[(int)ToxicityLabel.Insult] < ThreatRuleScore || scores[0] < ThreatRuleScore)
                && MockLikeness.Find(norm) is var (likeFrom, likeTo))
            {
                Raise(scores, spans, RuleSpan(norm, likeFrom, likeTo, withSpans), [(int)ToxicityLabel.Insult, 0]);
            }

            // Rule: in a long comment, a sentence calling someone an insult (PersonInsult) is an insult, however civil the
            // rest, where the INSULT head reads that sentence as the comment's most insulting and flags it on its own: the
            // shape alone also names clowns at parties, film villains and worthless shares (a review's 40 civil sentences).
            const int insultLabel = (int)ToxicityLabel.Insult;
            if (sentences >= LongComment && bestSentence[insultLabel] >= 0 && (scores[insultLabel] < ThreatRuleScore || scores[0] < ThreatRuleScore)
                && PersonInsult.Find(norm, _normalizer.Lexicon) is var (verbAt, personInsultAt) && bestSentenceAt[insultLabel] == sentenceOf[verbAt])
            {
                Raise(scores, spans, RuleSpan(norm, verbAt, personInsultAt, withSpans), [(int)ToxicityLabel.Insult, 0]);
            }

            // Rule: a particular person named by their role called an insult word in the plain shape PersonInsult reads
            // ("The referee on Saturday was a blind moron.": INSULT 0.34, TOXICITY 0.29), however short the comment; not a
            // name, which is what the bias templates use ("Jamal is a …"), nor a story's villain (PersonInsult.RoleSubject).
            if ((scores[insultLabel] < ThreatRuleScore || scores[0] < ThreatRuleScore) && PersonInsult.NamesARole(norm)
                && PersonInsult.Find(norm, _normalizer.Lexicon) is var (roleVerb, roleInsult) && PersonInsult.RoleSubject(norm, roleVerb))
            {
                Raise(scores, spans, RuleSpan(norm, roleVerb, roleInsult, withSpans), [insultLabel, 0]);
            }

            // A threat is toxic too; the THREAT head is the more precise one for threats.
            if (headThreat > scores[0])
            {
                scores[0] = headThreat;
                spans[0] = spans[(int)ToxicityLabel.Threat];
            }

            // Rule: telling the reader to kill themselves is severe (ThreatIntent.FindIncitementToSelfHarm).
            const int severeLabel = (int)ToxicityLabel.SevereToxicity;
            if (scores[severeLabel] < ThreatRuleScore && ThreatIntent.FindIncitementToSelfHarm(norm) is var (from, to))
            {
                scores[severeLabel] = ThreatRuleScore;
                spans[severeLabel] = RuleSpan(norm, from, to, withSpans);
            }

            // An insult aimed at the reader is toxic (Perspective's reading). The INSULT head flagged "What a sad little
            // man you are." at 0.63 while TOXICITY read 0.40. Only a flagged insult (≥ 0.5) and only where the text says
            // "you" or names another voice of the thread (AddressesReader), or names no group and does not open with a
            // condition (an insult of a third person, not "If the referee is a fool, …"; since session 30,
            // when the INSULT head learnt our insult sets): lifting TOXICITY to INSULT everywhere took madlibs BPSN from
            // 0.954 to 0.935 (its "You are a …" templates) and cost Stormfront and Wikipedia TOXICITY AUC.
            var insult = scores[(int)ToxicityLabel.Insult];
            if (insult >= 0.5f && insult > scores[0] && (AddressesReader(norm) || (!named && !OpensCondition(norm))))
            {
                scores[0] = insult;
                spans[0] = spans[(int)ToxicityLabel.Insult];
            }

            // Severe toxicity is toxicity ("kys" scored SEVERE_TOXICITY 0.6 and TOXICITY 0.35). Its head is gated by
            // TOXICITY, so this only acts where a sentence is severe inside a text the TOXICITY head reads as mild.
            var severe = scores[(int)ToxicityLabel.SevereToxicity];
            if (severe > scores[0])
            {
                scores[0] = severe;
                spans[0] = spans[(int)ToxicityLabel.SevereToxicity];
            }

            if (severeFromAttacks)
            {
                SevereFromAttacks(scores, spans);
            }

            return spans;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(contrib);
        }
    }

    /// <summary>
    /// Whether a threat's target is a group: a group name; "they" / "them" / "their" standing for one ("The Xs arrived. I
    /// hope they all drown."); "you" in a text that addresses one ("Xs, we're coming for you."); a place of worship, or
    /// "their houses" where "their" stands for a group.
    /// </summary>
    private static bool ThreatensAGroup(NormalizedText norm, Lexicon lexicon, int target)
    {
        var t = norm.TokenText(target);
        // A body part's owner is the target ("Any of you Xs show up here and I'll break every bone in your bodies").
        if ((ThreatIntent.IsBodyPart(t) || t is "body" or "bodies") && target >= 1
            && norm.TokenText(target - 1) is "your" or "ur" or "their" or "his" or "her")
        {
            target--;
            t = norm.TokenText(target);
        }

        // "Next X I see, I'm beating him bloody", "The next X who looks at me funny, I'm going to stab him": one member
        // picked at random stands for the group.
        if (t is "him" or "her" or "his" && NextMemberBefore(norm, lexicon, target))
        {
            return true;
        }

        // A protected group only: "Republicans need to be shot into the sun" threatens a party, an insult's target. A slur
        // left out of the lexicon for its other senses is one where a threat names it ("The only good Moskal is a dead
        // Moskal").
        return (lexicon.Category(t) == LexiconCategory.Identity && GroupPredicate.IsProtected(norm, lexicon, target))
               || NameCalling.IsAddressedSlur(t)
               || (target >= 2 && norm.TokenText(target - 1) is "s" && lexicon.Category(norm.TokenText(target - 2)) == LexiconCategory.Identity) // "a X's legs"
               || (t is "they" or "them" or "their" && GroupPredicate.ProtectedGroupBefore(norm, lexicon, target))
               || (t is "you" or "your" or "u" or "ur" && GroupPredicate.AddressesAGroup(norm, lexicon))
               || ThreatIntent.IsPlaceOfWorship(t)
               // "that refugee hostel", "Refugee boats" (ThreatIntent.PlaceAttack)
               || (ThreatIntent.IsBuilding(t) && target > 0 && lexicon.Category(norm.TokenText(target - 1)) == LexiconCategory.Identity
                   && GroupPredicate.IsProtected(norm, lexicon, target - 1))
               || (ThreatIntent.IsDwelling(t) && target > 0 && norm.TokenText(target - 1) is "their"
                   && GroupPredicate.ProtectedGroupBefore(norm, lexicon, target - 1));
    }

    // "(the) next / any / the first X" earlier in the pronoun's sentence, X a protected group's name.
    private static bool NextMemberBefore(NormalizedText norm, Lexicon lexicon, int pronoun)
    {
        for (var g = Sentences.Start(norm, pronoun); g < pronoun; g++)
        {
            // (the run's start, not the name's: "Gay Muslims" at the text's start has no word before it)
            if (lexicon.Category(norm.TokenText(g)) == LexiconCategory.Identity && Features.RunStart(norm, lexicon, g) is > 0 and var run
                && norm.TokenText(run - 1) is "next" or "any" or "first" && GroupPredicate.IsProtected(norm, lexicon, g))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sentences from which a comment is long enough for one sentence to be diluted by the rest (PersonInsult). Reading
    /// the identity-attack head on a long comment's most hostile sentence was tried too and removed after a review:
    /// next to a dehumanising word it flagged history and wildlife ("Irish labourers lived in filthy slums by the
    /// river.", "American mink are vicious invaders in British rivers.", each inside three civil sentences).
    /// </summary>
    internal const int LongComment = 3;

    /// <summary>The text opens with a condition ("If the referee is a fool, the league will tell him."): a hypothetical, not a verdict.</summary>
    private static bool OpensCondition(NormalizedText norm) =>
        norm.TokenCount > 0 && norm.TokenText(0) is "if" or "when" or "whenever" or "unless" or "whether";

    /// <summary>
    /// Whether the text speaks to the reader ("you", "your", "u", "ur", …, outside a condition) or of another voice in the
    /// thread (whoever wrote it, the author, the columnist, a commenter).
    /// </summary>
    private static bool AddressesReader(NormalizedText norm)
    {
        var count = Math.Min(norm.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            // Not a "you" that opens a condition ("When you're useless at maths, calculators help").
            if (norm.TokenText(i) is "you" or "your" or "youre" or "u" or "ur" or "yourself" or "ya" or "yours" or "youve" or "youll"
                && (i == 0 || norm.TokenText(i - 1) is not ("if" or "when" or "whenever" or "unless" or "whether")))
            {
                return true;
            }

            // Another voice in the conversation: "Whoever wrote the comment above is a pathetic loser", "The author is a
            // clown" (an obfuscation suite's insults; 18 held-out texts, no AUC or civil rate moved)
            if (norm.TokenText(i) is "whoever" or "author" or "commenter" or "commenters" or "columnist" or "writer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets each of <paramref name="labels"/> to at least the rule score, explained by the rule's span.</summary>
    private static void Raise(Span<float> scores, IReadOnlyList<SpanScore>[] spans, IReadOnlyList<SpanScore> rule, ReadOnlySpan<int> labels)
    {
        foreach (var l in labels)
        {
            if (scores[l] < ThreatRuleScore)
            {
                scores[l] = ThreatRuleScore;
                spans[l] = rule;
            }
        }
    }

    /// <summary>A rule's explanation: its tokens [first, last] as one span carrying the rule's score as log-odds.</summary>
    private static IReadOnlyList<SpanScore> RuleSpan(NormalizedText norm, int first, int last, bool withSpans)
    {
        if (!withSpans)
        {
            return [];
        }

        var (b, e) = norm.TokensToOriginal(first, last);
        return [new SpanScore(b, e, Logit(ThreatRuleScore))];
    }

    /// <summary>
    /// Takes <see cref="NoGroupPenalty"/> from the logits it applies to (see the call in ScoreInto), and
    /// <see cref="DeniedPenalty"/> from the attack labels of a text that only denies a contemptuous claim about a group
    /// (<see cref="GroupPredicate.Reading.Denied"/>).
    /// </summary>
    internal static void Damp(Span<float> logits, bool namesAGroup, bool victims, bool denied, bool readerVictim)
    {
        if (readerVictim)
        {
            logits[(int)ToxicityLabel.Insult] -= DeniedPenalty; // ReaderVictim: sympathy, not an insult
        }

        if (denied)
        {
            logits[(int)ToxicityLabel.Toxicity] -= DeniedPenalty;
            logits[(int)ToxicityLabel.SevereToxicity] -= DeniedPenalty;
            logits[(int)ToxicityLabel.Insult] -= DeniedPenalty;
            logits[(int)ToxicityLabel.IdentityAttack] -= DeniedPenalty;
            logits[(int)ToxicityLabel.Threat] -= DeniedPenalty; // '"Xs should be shot"? That has no place here.' quotes a threat
        }

        if (!namesAGroup || victims)
        {
            logits[(int)ToxicityLabel.IdentityAttack] -= NoGroupPenalty;
        }

        if (victims)
        {
            logits[(int)ToxicityLabel.SevereToxicity] -= NoGroupPenalty;
        }
    }

    /// <summary>
    /// Whether a confident identity-attack head may lift TOXICITY: the text names a group (a group name, a slur or a
    /// dehumanising word), and not only as the victims of a reported event (<see cref="GroupVictim.Reported"/>). An
    /// identity attack needs an identity; without one the head's confidence is the weight of words such as "kill" or
    /// "don't trust" learnt from a hate forum ("Kill counts are propaganda on both sides, don't trust either." 0.76).
    /// </summary>
    internal static bool ConfidentHeadMayLift(NormalizedText norm, Lexicon lexicon) =>
        ConfidentHeadMayLift(norm, lexicon, NamesAGroup(norm, lexicon), GroupVictim.Reported(norm, lexicon));

    /// <summary>The same, given <see cref="NamesAGroup"/> and <see cref="GroupVictim.Reported"/> already read.</summary>
    internal static bool ConfidentHeadMayLift(NormalizedText norm, Lexicon lexicon, bool namesAGroup, bool victims) =>
        namesAGroup && !victims && AssertsAGroup(norm, lexicon);

    /// <summary>
    /// False where every group name is reported speech ('Saying "all Xs are criminals" is bigoted nonsense', "No one
    /// should ever say that Xs are terrorists"): counter-speech names the attack it condemns, and the dehumanising-word
    /// rule already skips it (<see cref="ReportedSpeech"/>); true where a group name is the writer's own, or none is named.
    /// </summary>
    internal static bool AssertsAGroup(NormalizedText norm, Lexicon lexicon)
    {
        var count = Math.Min(norm.TokenCount, Features.MaxTokens);
        var anyGroup = false;
        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(norm.TokenText(i)) == LexiconCategory.Identity)
            {
                anyGroup = true;
                if (!ReportedSpeech.IsReported(norm, Features.RunStart(norm, lexicon, i)))
                {
                    return true;
                }
            }
        }

        return !anyGroup;
    }

    /// <summary>
    /// Whether the text names a group: a group name, a slur or a dehumanising word. An age word that is the adjective
    /// of some other noun ("old soldiers", "an old house", "young voters") names no group: it is an identity term for
    /// the bias templates ("I am old"), but most of its uses are plain description ("Old soldiers never die, they just
    /// fade away." had its TOXICITY lifted to the head's IDENTITY_ATTACK 0.73); "old people", "the young" still count.
    /// </summary>
    internal static bool NamesAGroup(NormalizedText norm, Lexicon lexicon)
    {
        var count = Math.Min(norm.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var t = norm.TokenText(i);
            if (lexicon.Category(t) is LexiconCategory.Identity or LexiconCategory.Slur or LexiconCategory.Dehumanising
                && !Homonyms.IsInnocent(norm, i)
                && !(IsAgeWord(t) && !ThreatIntent.IsGroupNotAdjective(norm, lexicon, i, count)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAgeWord(ReadOnlySpan<char> t) =>
        t is "old" or "older" or "young" or "younger" or "elderly" or "teenage" or "millennial" or "millenial";

    /// <summary>
    /// <see cref="NamesAGroup(NormalizedText, Lexicon)"/> for the identity-attack damping: where the text's claim is about a
    /// trade or a party ("Landlords are vermin", "Politicians are lying scum"), its dehumanising word names no protected
    /// group, so only a protected group's name or a slur counts (the head scored those IDENTITY_ATTACK 0.57–0.64).
    /// </summary>
    internal static bool NamesAGroup(NormalizedText norm, Lexicon lexicon, GroupPredicate.Reading reading)
    {
        if (reading.Claim is not { Protected: false })
        {
            return NamesAGroup(norm, lexicon);
        }

        var count = Math.Min(norm.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var t = norm.TokenText(i);
            if (Homonyms.IsSlur(norm, i, lexicon)
                || (lexicon.Category(t) is LexiconCategory.Identity && !GroupPredicate.IsUnprotectedIdentity(t)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool GroupNearDehumanising(NormalizedText norm, Lexicon lexicon)
    {
        var count = Math.Min(norm.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(norm.TokenText(i)) != LexiconCategory.Identity)
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(count, i + 5); j++)
            {
                // Counter-speech ("stop calling Xs vermin") names the attack without making it.
                if (lexicon.Category(norm.TokenText(j)) is LexiconCategory.Dehumanising or LexiconCategory.Slur
                    && !Homonyms.IsInnocent(norm, j) && !ReportedSpeech.IsReported(norm, Features.RunStart(norm, lexicon, i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<SpanScore> Spans(NormalizedText norm, float[] contrib, int tokens, int label, ReadOnlySpan<int> sentenceOf, int sentence)
    {
        var result = new List<SpanScore>();
        var t = 0;
        bool Drives(int token, ReadOnlySpan<int> sentenceOf) =>
            contrib[token * ToxicityLabels.Count + label] >= SpanMinContribution && (sentence < 0 || sentenceOf[token] == sentence);
        while (t < tokens)
        {
            if (!Drives(t, sentenceOf))
            {
                t++;
                continue;
            }

            // Adjacent driving tokens merge into one span.
            var first = t;
            var sum = 0f;
            while (t < tokens && Drives(t, sentenceOf))
            {
                sum += contrib[t * ToxicityLabels.Count + label];
                t++;
            }

            var (b, e) = norm.TokensToOriginal(first, t - 1);
            result.Add(new SpanScore(b, e, sum));
        }

        return result;
    }

    internal static float Sigmoid(float z) => 1f / (1f + MathF.Exp(-z));

    private static float Logit(float p) => MathF.Log(p / (1 - p));
}
