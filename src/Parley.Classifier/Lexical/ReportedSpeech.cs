using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Counter-speech names the attack it condemns: "You need to stop calling Xs disgusting", "No one should ever call Xs
/// vermin", "Saying 'Xs are scum' is hateful", "If you think Xs are inferior, …". A group name is <em>reported</em>
/// when a verb of saying or believing comes just before it, unless "I" or "we" says it without a negation or "stop"
/// ("I call Xs vermin", "I think Xs are inferior" are the attack itself), or when it stands inside quotation marks.
/// The group → attacking-word pattern then hashes apart, so the model can learn that naming an attack is not making
/// it, and the dehumanising-word rule does not lift TOXICITY.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Whether the group name starting at token <paramref name="group"/> is reported rather than asserted.</summary>
    public static bool IsReported(NormalizedText text, int group)
    {
        return IsQuoted(text, group) || SayingVerbBefore(text, group);
    }

    private static bool SayingVerbBefore(NormalizedText text, int group)
    {
        for (var v = group - 1; v >= Math.Max(0, group - 3); v--)
        {
            var t = text.TokenText(v);
            if (IsSaying(t) || (t is "idea" && text.TokenText(v + 1) is "that")) // "the idea that Xs …", not "my idea: Xs …"
            {
                return !SaidByMe(text, v);
            }

            // "bigoted rubbish about Xs", "jokes against Xs", "slurs aimed at …": what others say, named as speech.
            if (t is "rubbish" or "nonsense" or "comments" or "remarks" or "posts" or "jokes" or "slurs" or "insults" or "abuse" or "lies"
                    or "propaganda" or "tweets" or "rants" or "rant" or "memes" or "graffiti" or "chants" or "smears"
                && v + 1 < text.TokenCount && text.TokenText(v + 1) is "about" or "against" or "towards" or "toward" or "targeting")
            {
                return true;
            }

            if (t is not ("that" or "the" or "all" or "those" or "these" or "of" or "about"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of saying up to five tokens before <paramref name="first"/>, in its sentence, reports what follows
    /// ("Saying there's no such thing as a decent X is racist", "He insists he's not racist, but …"), unless the writer
    /// says it ("I honestly think Xs …", <see cref="SaidByMe"/>).
    /// </summary>
    internal static bool SaidBefore(NormalizedText text, int first)
    {
        for (var v = first - 1; v >= Math.Max(0, first - 5) && !Sentences.BreakBefore(text, v + 1); v--)
        {
            if (IsSaying(text.TokenText(v)) || text.TokenText(v) is "insists" or "insisted")
            {
                return !SaidByMe(text, v);
            }
        }

        return false;
    }

    /// <summary>
    /// Someone other than the writer says, writes or believes what follows, anywhere earlier in the sentence of
    /// <paramref name="at"/> ("Putin says Russia should …", "Saying the world would be better if … is vile"); not the
    /// writer's own "I think we should …" (<see cref="SaidByMe"/>).
    /// </summary>
    internal static bool SaidEarlierInSentence(NormalizedText text, int at)
    {
        for (var k = Sentences.Start(text, at); k < at; k++)
        {
            if (IsSaying(text.TokenText(k)) && !SaidByMe(text, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What ends at <paramref name="last"/> is reported or condemned after it: a reporting verb
    /// (<see cref="GroupPredicate.ReportedAfter"/>), a verb of saying within three tokens ("…, say the tabloids"), or the
    /// writer's verdict later in the sentence ("… is the sort of slur we must call out").
    /// </summary>
    internal static bool SaidAfter(NormalizedText text, int last, int count)
    {
        if (GroupPredicate.ReportedAfter(text, last, count))
        {
            return true;
        }

        for (var k = last + 1; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            if ((k < last + 4 && IsSaying(text.TokenText(k))) || IsCondemnation(text.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "I call", "we'd call", "let's call" assert the attack; "I would never call", "I need to stop calling" do not.
    private static bool SaidByMe(NormalizedText text, int verb)
    {
        for (var j = verb - 1; j >= Math.Max(0, verb - 4); j--)
        {
            var t = text.TokenText(j);
            if (Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default) || t is "stop" or "quit")
            {
                return false;
            }

            if (t is "i" or "we" or "lets" or "let" or "im" or "imma")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Counter-speech that names attacks to condemn them: every group name in the text is reported or quoted, every
    /// attacking word stands inside quotation marks or within a few words after a reported group name, and the writer
    /// condemns it in words of their own ('Someone at work said "women belong in the kitchen" and I reported him.',
    /// "Calling Xs savages is dehumanising.", "The myth that Xs are thieves is prejudice."). The heads flag such texts
    /// for the words they quote; the classifier damps them like a denial (LexicalClassifier.Damp). A quotation without a
    /// condemnation is not enough (tweets quote abuse to spread it), nor is a text that names a group in its own words
    /// or attacks outside the quotation.
    /// </summary>
    public static bool IsCounterSpeech(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var lastReported = -100;
        bool anyGroup = false, condemned = false;
        for (var i = 0; i < count; i++)
        {
            var t = text.TokenText(i);

            // A verdict on the reader is an insult ("What a hateful person you are", "you racist"), not counter-speech;
            // only the generic "you" of "you can't say …", "if you think …" (and what follows in its sentence) may stand.
            if (t is "you" or "your" or "u" or "ur" or "thou" or "yourself" && !IsQuoted(text, i)
                && !(i + 1 < count && text.TokenText(i + 1) is "can" or "cannot" or "shouldn" or "should" or "don" or "dont")
                && !(i > 0 && text.TokenText(i - 1) is "if")
                // the reader of a condition: 'If you say "…", people will call you a bigot'
                && !Sentences.ConditionBefore(text, i))
            {
                return false;
            }

            var category = lexicon.Category(t);
            // "… is never acceptable", "… has no place here": a verdict in two words.
            // "… because it's disgusting hate", "pure hate", "hate speech": hate as the verdict's noun, not the writer's verb.
            var hateNoun = t is "hate" && ((i >= 1 && text.TokenText(i - 1) is "disgusting" or "pure" or "s" or "is" or "just" or "vile")
                                           || (i + 1 < count && text.TokenText(i + 1) is "speech" or "crime" or "crimes"));
            // … unless the verdict turns: "it's disgusting but true", "it is hate, and they deserve it".
            var turns = i + 2 < count && (text.TokenText(i + 1) is "but" or "and" && text.TokenText(i + 2) is "true" or "right" or "they"
                                          || text.TokenText(i + 1) is "true");
            var condemns = (IsCondemnation(t) || (!turns && hateNoun) || (!turns && t is "disgusting" && i >= 2 && text.TokenText(i - 1) is "s" or "is" or "was"
                                && text.TokenText(i - 2) is "it" or "that" or "this")
                            || (t is "acceptable" or "ok" or "okay" && i >= 1 && text.TokenText(i - 1) is "never" or "not" or "t")
                            || (t is "place" && i >= 1 && text.TokenText(i - 1) is "no")) && !IsQuoted(text, i);
            condemned |= condemns;
            // "straight away", "went straight to HR": the adverb, not the orientation (that is "straight people / men / couples").
            if (category == LexiconCategory.Identity && t is "straight"
                && !(i + 1 < count && (ThreatIntent.IsPersonNoun(text.TokenText(i + 1)) || text.TokenText(i + 1) is "couple" or "couples")))
            {
                continue;
            }

            if (category == LexiconCategory.Identity)
            {
                if (!IsReported(text, Features.RunStart(text, lexicon, i)))
                {
                    return false;
                }

                anyGroup = true;
                lastReported = i;
            }
            else if (category is not LexiconCategory.None && !condemns && !Homonyms.IsInnocent(text, i) && i - lastReported > 6
                     && !IsQuoted(text, i))
            {
                return false;
            }
        }

        return anyGroup && condemned;
    }

    // The writer's verdict on what they quote.
    internal static bool IsCondemnation(ReadOnlySpan<char> t) =>
        t is "racist" or "racism" or "bigoted" or "bigotry" or "bigot" or "bigots" or "stereotype" or "stereotypes" or "myth"
            or "prejudice" or "prejudiced" or "dehumanising" or "dehumanizing" or "hateful" or "xenophobic" or "xenophobia"
            or "sexist" or "sexism" or "misogynist" or "misogynistic" or "misogyny" or "homophobic" or "homophobia"
            or "transphobic" or "transphobia" or "antisemitic" or "antisemitism" or "islamophobic" or "islamophobia"
            or "ableist" or "offensive" or "unacceptable" or "disgraceful" or "shameful" or "vile" or "reported" or "bigotted"
            or "smear" or "slander" or "lie" or "lies" or "nonsense" or "false" or "untrue" or "slur" or "wrong" or "embarrassed"
            // the writer's outrage at what they quote or report
            or "angry" or "furious" or "appalled" or "appalling" or "horrified" or "sickening" or "sickened" or "disgusted"
            or "outrageous" or "abhorrent" or "bigoted" or "unfollowed" or "blocked";

    internal static bool IsSaying(ReadOnlySpan<char> t) =>
        t is "call" or "calls" or "calling" or "called" or "say" or "says" or "saying" or "said" or "label" or "labels"
            or "labelling" or "labeling" or "labelled" or "labeled" or "refer" or "refers" or "referring" or "describe"
            or "describes" or "describing" or "described" or "claim" or "claims" or "claiming" or "claimed"
            or "write" or "writes" or "writing" or "wrote" or "tweet" or "tweeted" or "tweeting" or "chant" or "chanting"
            or "chanted" or "shout" or "shouting" or "shouted" or "tell" or "tells" or "telling" or "told"
            // The content of a belief named as false: "the myth that Xs are thieves", "the stereotype that …".
            or "myth" or "myths" or "stereotype" or "stereotypes" or "trope" or "tropes" or "canard" or "notion"
            // A belief reported of someone else; "I think" is an opinion, handled by SaidByMe like "I call".
            or "think" or "thinks" or "thought" or "believe" or "believes" or "believed";

    /// <summary>
    /// Inside a quotation: a quotation open before the group name and a closing mark after it. A single
    /// quote opens only where it cannot be an apostrophe (not after a letter: "don't", "workers'") and closes only
    /// after a letter and before a non-letter; so one stray apostrophe ("'cause Xs are …") quotes nothing.
    /// </summary>
    private static bool IsQuoted(NormalizedText text, int group)
    {
        var (begin, end) = text.TokensToOriginal(group, group);
        var s = text.Original.AsSpan();
        var open = false;

        // Jumps from mark to mark (vectorised search), so even a long comment with many group names stays cheap. A single
        // quote after a letter closes an open quotation ("'political correctness' … 'Xs'") and is otherwise an
        // apostrophe ("isn't", "workers'").
        for (var k = s[..begin].IndexOfAny(QuoteMarks); k >= 0;)
        {
            if (!IsSingle(s[k]))
            {
                open = !open;
            }
            else if (k == 0 || !char.IsLetter(s[k - 1]))
            {
                open = true;
            }
            else if (open && (k + 1 == s.Length || !char.IsLetter(s[k + 1])))
            {
                open = false;
            }

            var next = s[(k + 1)..begin].IndexOfAny(QuoteMarks);
            k = next < 0 ? -1 : k + 1 + next;
        }

        if (!open)
        {
            return false;
        }

        for (var k = s[end..].IndexOfAny(QuoteMarks); k >= 0;)
        {
            var at = end + k;
            if (!IsSingle(s[at]) || (char.IsLetter(s[at - 1]) && (at + 1 == s.Length || !char.IsLetter(s[at + 1]))))
            {
                return true;
            }

            var next = s[(at + 1)..].IndexOfAny(QuoteMarks);
            k = next < 0 ? -1 : at + 1 + next - end;
        }

        return false;
    }

    private static bool IsSingle(char c) => c is '\'' or '‘' or '’';

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»'‘’");
}
