using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "You're an embarrassment to your whole family.", "you're thick as a brick", "You are the most useless person I've
/// ever worked with.": the reader called something that is no insult word on its own, which the heads scored
/// TOXICITY 0.17–0.44. Only "you are" / "you're" / "you really are" followed (after a few fillers, or up to two
/// words after "a" that cross no preposition: "a lonely, bitter nobody") by the insult, unnegated and not in a condition ("If you're clueless about
/// tax, read this"). Four more shapes insult the reader's mind without an insult word: "You clearly can't read."
/// (a clause that ends there: not "you can't read the small print"), "You have the IQ of a houseplant.", "Reading
/// comprehension isn't your strong suit", "Do the world a favour and stop breeding." and "Go back to where you came
/// from."
/// </summary>
internal static class ReaderInsult
{
    /// <summary>The "you" and the insult's token, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 1 < count; i++)
        {
            // Quoted or reported ("The chant was: 'go back to your country'") is left to the heads.
            // ("isn't your strong suit" needs its negation; "I don't think you're embarrassing yourself" is denied)
            if (OtherShape(text, i, count) is { } other && !ReportedSpeech.IsReported(text, i)
                && !(text.TokenText(i) is "you" or "u" && GroupVictim.GroupNegated(text, i)))
            {
                return (i, other);
            }

            int q;
            if (text.TokenText(i) is "youre")
            {
                q = i + 1;
            }
            else if (text.TokenText(i) is "you" && text.TokenText(i + 1) is "re" or "are")
            {
                q = i + 2;
            }
            else if (text.TokenText(i) is "you" && i + 2 < count && text.TokenText(i + 1) is "really" or "truly" or "clearly"
                         or "obviously" or "honestly" or "just" && text.TokenText(i + 2) is "are")
            {
                q = i + 3; // "you really are slow"
            }
            else
            {
                continue;
            }

            if (i > 0 && text.TokenText(i - 1) is "if" or "when" or "whether" or "unless" or "as" or "what" or "how" or "think" or "thank"
                or "cause" or "because")
            {
                continue;
            }

            if (GroupVictim.GroupNegated(text, i))
            {
                continue; // "Don't feel that you're slow", "I'm not saying you're a fraud"
            }

            var adjectives = 0; // words after "a" before the noun: "a lonely, bitter nobody"
            for (; q < Math.Min(count, i + 9) && (adjectives > 0 ? !Sentences.BreakBefore(text, q) : !ThreatIntent.SentenceBreakBefore(text, q)); q++)
            {
                var t = text.TokenText(q);
                // "slow" insults only as the whole predicate: not "you're a slow reader", "you're slow to condemn …".
                var slowToAct = t is "slow" && (adjectives > 0 || (q + 1 < count && text.TokenText(q + 1) is "to" or "at" or "on"));
                if ((IsInsult(t) && !slowToAct) || (t is "laughing" && q + 1 < count && text.TokenText(q + 1) is "stock"))
                {
                    return (i, t is "laughing" ? q + 1 : q);
                }

                // "You're the most annoying person in this thread": a fault made a superlative of the reader as a person
                // (not "you're the most annoying thing about Mondays", "the most ignorant question is the unasked one").
                if (q >= 1 && text.TokenText(q - 1) is "most" && IsFault(t) && q + 1 < count && IsPersonLike(text.TokenText(q + 1)))
                {
                    return (i, q + 1);
                }

                // up to two words between "a" and the noun, not across a preposition: "a victim of the biggest fraud"
                if (adjectives is > 0 and < 3 && !Features.IsNegator(t, text.TokenText(q - 1))
                    && t is not ("and" or "but" or "or" or "of" or "to" or "for" or "in" or "with" or "at" or "from" or "by" or "on"))
                {
                    adjectives++;
                    continue;
                }

                if (t is "a" or "an")
                {
                    adjectives = 1;
                    continue;
                }

                if (t is not ("just" or "such" or "truly" or "really" or "clearly" or "literally" or "so" or "a" or "an" or "the"
                    or "most" or "biggest" or "complete" or "total" or "utter" or "absolute" or "as" or "obviously"
                    or "simply" or "still" or "always" or "genuinely" or "officially" or "easily" or "by" or "far"))
                {
                    break; // a negation ends the search too: "you're not a failure"
                }
            }
        }

        return null;
    }

    // The shapes that start at the reader without "you are": returns the last token of the insult.
    private static int? OtherShape(NormalizedText text, int i, int count)
    {
        var t = text.TokenText(i);
        if (t is "you" or "u")
        {
            var q = i + 1;
            while (q < count && q - i < 3 && text.TokenText(q) is "clearly" or "obviously" or "really" or "just" or "literally"
                       or "apparently" or "honestly")
            {
                q++;
            }

            // "You clearly can't read." — the clause ends at the verb (not "you can't read the small print").
            if (q + 1 < count && text.TokenText(q) is "cant" or "cannot" or "can" or "couldn")
            {
                var v = text.TokenText(q) is "can" or "couldn" ? q + 2 : q + 1;
                if (v > q + 1 && text.TokenText(v - 1) is not "t")
                {
                    return null;
                }

                if (v < count && text.TokenText(v) is "even")
                {
                    v++;
                }

                // not "think": "The shelling is so loud you can't think."
                return v < count && text.TokenText(v) is "read" or "count" or "spell" or "comprehend"
                       && (v + 1 >= count || ThreatIntent.SentenceBreakBefore(text, v + 1))
                       && (i == 0 || text.TokenText(i - 1) is not ("if" or "when" or "unless" or "because" or "that" or "as" or "since"
                           or "though" or "so"))
                    ? v : null;
            }

            // "You have the IQ of a houseplant", "you've got the attention span of a goldfish"
            if (q + 3 < count && text.TokenText(q) is "have" or "ve" or "got" or "has")
            {
                return MindOfA(text, text.TokenText(q + 1) is "got" ? q + 2 : q + 1, count);
            }

            // "You're embarrassing yourself"
            if (q + 1 < count && text.TokenText(q) is "re" or "are" && text.TokenText(q + 1) is "embarrassing" && q + 2 < count
                && text.TokenText(q + 2) is "yourself")
            {
                return q + 2;
            }

            return null;
        }

        // "Go back to where you came from", "go back to your own country": an order to leave, at the start of a clause.
        if (t is "go" && i + 3 < count && text.TokenText(i + 1) is "back" or "home" && text.TokenText(i + 2) is "to"
            && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i) || text.TokenText(i - 1) is "just" or "so" or "now" or "and"))
        {
            var k = i + 3;
            if (k + 3 < count && text.TokenText(k) is "where" && text.TokenText(k + 1) is "you" or "u" && text.TokenText(k + 2) is "came"
                && text.TokenText(k + 3) is "from")
            {
                return k + 3;
            }

            // the order ends there: not "go back to your country when it's free"
            if (text.TokenText(k) is "your" or "ur" && k + 1 < count)
            {
                var c = text.TokenText(k + 1) is "own" ? k + 2 : k + 1;
                return c < count && text.TokenText(c) is "country" or "countries" or "kind"
                       && (c + 1 >= count || ThreatIntent.SentenceBreakBefore(text, c + 1) || text.TokenText(c + 1) is "and" or "you")
                    ? c : null;
            }

            return null;
        }

        if (t is "your" or "ur" && YourMind(text, i, count) is { } yours)
        {
            return yours;
        }

        // "his one remaining brain cell", "both your brain cells": a mind counted in cells (a sixth blind set).
        if (t is "brain" && i >= 1 && i + 1 < count && text.TokenText(i + 1) is "cell" or "cells"
            && text.TokenText(i - 1) is "one" or "only" or "single" or "remaining" or "last" or "two" or "both" or "spare" or "working"
            && (i + 2 >= count || ThreatIntent.SentenceBreakBefore(text, i + 2)
                || text.TokenText(i + 2) is "with" or "left" or "between" or "to" or "and" or "in" or "is" or "are")) // not "a brain cell cluster"
        {
            return i + 1;
        }

        // "Nobody cares what you think", "No one asked you": the reader dismissed.
        if (t is "cares" && i >= 1 && text.TokenText(i - 1) is "nobody" or "one" && i + 3 < count && text.TokenText(i + 1) is "what"
            && text.TokenText(i + 2) is "you" or "u" && text.TokenText(i + 3) is "think"
            && (i + 4 >= count || ThreatIntent.SentenceBreakBefore(text, i + 4))) // not "… what you think about pineapple on pizza"
        {
            return i + 3;
        }

        // "Shut your mouth / trap / gob"
        if (t is "shut" && i + 2 < count && text.TokenText(i + 1) is "your" or "ur" && text.TokenText(i + 2) is "mouth" or "trap" or "gob")
        {
            return i + 2;
        }

        // "people with your IQ", "someone with your brain"
        if (t is "with" && i + 2 < count && text.TokenText(i + 1) is "your" or "ur" && text.TokenText(i + 2) is "iq" && i >= 1
            && text.TokenText(i - 1) is "people" or "someone" or "somebody" or "anyone" or "person"
            && !(i + 3 < count && text.TokenText(i + 3) is "score" or "scores" or "test" or "level" or "range" or "points"))
        {
            return i + 2;
        }

        // "The author has the brain of a damp sponge": a third person's mind, as "You have the IQ of a …" below.
        // Also "he's got …", "The reporter clearly has …", "Our left winger has …", "Your comments have …".
        if (t is "has" or "got" or "have" && i > 0)
        {
            var s = i - 1;
            if (t is "got" && text.TokenText(s) is "s" or "has" or "ve" or "have")
            {
                s--;
            }

            if (s >= 0 && text.TokenText(s) is "clearly" or "obviously" or "really" or "honestly" or "genuinely" or "just" or "still"
                or "apparently")
            {
                s--;
            }

            var subject = s >= 0 ? text.TokenText(s) : default;
            var person = (t is "has" or "got" && (subject is "he" or "she" || ThreatIntent.IsRole(subject) || IsPlayer(subject)))
                         || (t is "have" or "got" && s >= 1 && text.TokenText(s - 1) is "your" or "ur" && IsYourWork(subject));
            if (person && MindOfA(text, i + 1, count) is { } ofA)
            {
                return ofA;
            }
        }

        // "… isn't your strong suit"
        if (t is "your" && i >= 2 && i + 2 < count && text.TokenText(i + 1) is "strong" && text.TokenText(i + 2) is "suit" or "point")
        {
            // Of the reader's mind ("Reading comprehension isn't your strong suit"), not banter about a skill ("bowling
            // was never your strong point").
            var mind = false;
            for (var j = i - 1; j >= Math.Max(0, i - 6) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
            {
                mind |= text.TokenText(j) is "comprehension" or "reading" or "logic" or "thinking" or "intelligence" or "reasoning"
                    or "understanding" or "literacy" or "honesty" or "facts" or "research";
            }

            return mind && (Features.IsNegator(text.TokenText(i - 1), text.TokenText(i - 2)) || text.TokenText(i - 1) is "not") ? i + 2 : null;
        }

        // "Do the world / us all a favour and stop breeding / typing / disappear / log off"
        if (t is "favour" or "favor" && i >= 3 && i + 2 < count && text.TokenText(i - 1) is "a"
            && text.TokenText(i - 2) is "world" or "us" or "everyone" or "everybody" or "humanity" or "society" or "internet" or "all"
            && text.TokenText(i + 1) is "and")
        {
            var v = i + 2;
            var w = text.TokenText(v);
            if (w is "disappear" or "vanish" or "leave" or "emigrate")
            {
                return v;
            }

            if (v + 3 < count && ((w is "get" && text.TokenText(v + 1) is "off" && text.TokenText(v + 3) is "internet")
                                  || (w is "keep" && text.TokenText(v + 2) is "opinions" or "thoughts")))
            {
                return v + 3; // "get off the internet", "keep your opinions to yourself"
            }

            return v + 1 < count && ((w is "stop" && text.TokenText(v + 1) is "breeding" or "talking" or "posting" or "commenting" or "writing"
                                         or "typing" or "breathing")
                                      || (w is "shut" && text.TokenText(v + 1) is "up")
                                      || (w is "log" && text.TokenText(v + 1) is "off" or "out")
                                      || (w is "go" && text.TokenText(v + 1) is "away")
                                      || (w is "delete" && text.TokenText(v + 1) is "your" or "yourself"))
                ? v + 1 : null;
        }

        return null;
    }

    // After "have": "the IQ / brain(s) / reading comprehension / attention span / mental age of a(n) …" likened to a dim
    // thing ("a houseplant"; not "the brain of a scientist"), or any other quality of up to three words likened to
    // something that is no praise: "the charm of a parking ticket", "the first touch of a trampoline", "all the presence
    // of a light fog" (session 15: a fresh insult set used this shape 46 times in 350); not "the heart of a lion", "the
    // patience of a saint", "the makings of a great captain". Returns the last word of the likeness.
    private static int? MindOfA(NormalizedText text, int h, int count)
    {
        // "all the charm of a parking ticket": "all the" before a quality is sarcasm whatever the thing.
        var all = h + 1 < count && text.TokenText(h) is "all" && text.TokenText(h + 1) is "the";
        h += all ? 1 : 0;
        if (h + 3 >= count || text.TokenText(h) is not "the")
        {
            return null;
        }

        var w = text.TokenText(h + 1);
        var of = w is "iq" or "brain" or "brains" or "intelligence" or "intellect" or "logic" ? h + 2
            : (w is "attention" && text.TokenText(h + 2) is "span") || (w is "mental" && text.TokenText(h + 2) is "age")
              || (w is "reading" && text.TokenText(h + 2) is "comprehension") ? h + 3
            : -1;
        of = of < 0 && w is "memory" ? h + 2 : of; // "the memory of a goldfish", not "of a computer"
        var mind = of > 0;
        var quality = false;
        for (var k = h + 1; !mind && k < Math.Min(count, h + 5); k++)
        {
            var t = text.TokenText(k);
            if (t is "of" && k > h + 1)
            {
                of = quality ? k : -1;
                break;
            }

            if (IsNoQuality(t) || ThreatIntent.SentenceBreakBefore(text, k))
            {
                return null;
            }

            quality |= IsQuality(t);
        }

        if (of < 0 || of + 1 >= count || text.TokenText(of) is not "of" || text.TokenText(of + 1) is not ("a" or "an"))
        {
            return null;
        }

        var end = Math.Min(count, of + 6);
        for (var k = of + 2; k < end && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (mind && IsDimThing(t))
            {
                return k;
            }

            // Praise, a role, an age or a person by trade ("the energy of a 20 year old", "the gift of a natural
            // storyteller") likens a person to a person, which more often praises.
            if (!mind && (IsPraise(t) || ThreatIntent.IsRole(t) || char.IsAsciiDigit(t[0]) || t is "year" or "old" or "young"))
            {
                return null;
            }

            // The likeness ends its phrase: "of a beige wall.", "of a mole in sunglasses".
            if (!mind && (k + 1 >= count || ThreatIntent.SentenceBreakBefore(text, k + 1) || k + 1 == end
                          || text.TokenText(k + 1) is "and" or "in" or "on" or "with" or "that" or "who" or "at" or "after"
                              or "from" or "for" or "but"))
            {
                return k;
            }
        }

        return null;
    }

    // Words between "the" and "of" that are no quality of the person: "the makings / air / size / keys / support of …",
    // and the function words that show the phrase is something else ("has the right to …").
    private static bool IsNoQuality(ReadOnlySpan<char> t) =>
        t is "makings" or "hallmarks" or "air" or "look" or "looks" or "feel" or "size" or "shape" or "height" or "weight"
            or "build" or "rank" or "role" or "title" or "rights" or "right" or "support" or "backing" or "blessing" or "trust"
            or "ear" or "keys" or "status" or "job" or "salary" or "experience" or "authority" or "respect" or "attention"
            or "name" or "powers" or "chance" or "best" or "worst" or "rest" or "same" or "most" or "last" or "a" or "an" or "the" or "to" or "and" or "or" or "in" or "on" or "for" or "with" or "is"
            or "are" or "was" or "that" or "this" or "it" or "you" or "he" or "she" or "they" or "i";

    // People a sports or culture page names by their part, besides ThreatIntent.IsRole (InsultTropes reads them too).
    internal static bool IsPlayer(ReadOnlySpan<char> t) =>
        t is "winger" or "striker" or "midfielder" or "defender" or "keeper" or "goalkeeper" or "goalie" or "captain" or "manager"
            or "coach" or "player" or "forward" or "full" or "back" or "singer" or "dj" or "host" or "anchor" or "commissioner"
            or "executive" or "leader" or "candidate" or "backbencher" or "chairman" or "owner" or "rapper" or "actor" or "actress"
            or "comedian" or "presenter" or "guy" or "bloke" or "lad" or "man" or "woman" or "fella";

    // What the reader wrote or is, as the subject of "have": "Your posts have the intellectual nutrition of …".
    private static bool IsYourWork(ReadOnlySpan<char> t) =>
        t is "posts" or "comments" or "arguments" or "opinions" or "ideas" or "views" or "takes" or "replies" or "jokes";

    // A quality of the person, not a sense or body part that animals lend praise ("the ears of a bat", "the nose of a
    // bloodhound") nor a virtue ("the patience of a fisherman"), which a likeness more often praises.
    private static bool IsQuality(ReadOnlySpan<char> t) =>
        t is "charm" or "personality" or "wit" or "charisma" or "spine" or "backbone" or "presence" or "warmth" or "humour"
            or "humor" or "depth" or "grace" or "tact" or "subtlety" or "finesse" or "sparkle" or "appeal" or "dignity" or "class"
            or "sense" or "judgement" or "judgment" or "awareness" or "wisdom" or "insight" or "imagination" or "originality"
            or "vocabulary" or "firepower" or "leadership" or "skills" or "literacy" or "compass" or "genius" or "vision"
            or "touch" or "reflexes" or "range" or "taste" or "energy" or "ethics" or "morals" or "integrity" or "mind"
            or "qualities" or "acumen" or "nous" or "savvy" or "eloquence" or "gift" or "talent" or "flair" or "empathy"
            or "nutrition" or "eyesight" or "power" or "circle" or "texture";

    internal static bool IsPraise(ReadOnlySpan<char> t) =>
        t is "lion" or "lioness" or "saint" or "hawk" or "eagle" or "ox" or "elephant" or "angel" or "champion" or "gentleman"
            or "lady" or "scholar" or "diplomat" or "surgeon" or "poet" or "statesman" or "leader" or "king" or "queen" or "god"
            or "hero" or "professional" or "pro" or "veteran" or "warrior" or "tiger" or "cheetah" or "panther" or "wolf"
            or "bear" or "horse" or "bull" or "fox" or "owl" or "cat" or "genius" or "master" or "grandmaster" or "prince"
            or "princess" or "athlete" or "dancer" or "ballerina" or "magician" or "machine" or "teenager" or "child" or "kid"
            or "boy" or "youngster" or "man" or "woman" or "comedian" or "legend" or "star" or "monk" or "philosopher" or "sage"
            or "priest" or "teacher" or "nurse" or "doctor" or "general" or "captain" or "winner" or "runner" or "boxer"
            or "fighter" or "soldier" or "player" or "mountain" or "oak" or "titan" or "giant" or "artist" or "craftsman"
            or "novelist" or "writer" or "actor" or "singer" or "nightingale" or "songbird" or "scientist" or "professor"
            or "predator" or "survivor" or "lawyer" or "detective" or "diplomat" or "negotiator" or "pilot" or "mother"
            or "father" or "parent" or "friend" or "storyteller" or "performer" or "entertainer" or "worker" or "athlete" or "sprinter"
            or "footballer" or "cricketer" or "golfer" or "boxer" or "pianist" or "violinist" or "musician" or "conductor"
            or "chef" or "cook" or "gardener" or "engineer" or "scout" or "hunter" or "sailor" or "climber" or "swimmer" or "twenty"
            or "thirty" or "rookie" or "debutant" or "newcomer" or "puppy";

    internal static bool IsDimThing(ReadOnlySpan<char> t) =>
        t is "houseplant" or "plant" or "potato" or "goldfish" or "gnat" or "rock" or "brick" or "toddler" or "sponge" or "turnip"
            or "cabbage" or "carrot" or "doorknob" or "peanut" or "walnut" or "squirrel" or "hamster" or "sheep" or "amoeba" or "fly"
            or "slug" or "snail" or "worm" or "donkey" or "pigeon" or "chicken" or "lettuce" or "toaster" or "teaspoon" or "spoon"
            or "banana" or "pebble" or "stone" or "plank" or "log" or "stump" or "vegetable" or "jellyfish" or "lamp" or "mayfly"
            or "gerbil" or "tomato" or "cucumber" or "loaf" or "brick" or "clam" or "oyster" or "bivalve" or "cow" or "goat";

    // "Were you dropped on your head as a baby?", "engage your one remaining brain cell", "Delete your account."
    private static int? YourMind(NormalizedText text, int your, int count)
    {
        if (your >= 2 && your + 1 < count && text.TokenText(your - 1) is "on" && text.TokenText(your - 2) is "dropped"
            && text.TokenText(your + 1) is "head")
        {
            return your + 1;
        }

        for (var k = your + 1; k + 1 < Math.Min(count, your + 5); k++)
        {
            if (text.TokenText(k) is "brain" && text.TokenText(k + 1) is "cell")
            {
                return text.TokenText(your + 1) is "one" or "only" or "single" or "last" or "remaining" ? k + 1 : null;
            }
        }

        // an order that opens its sentence: "Delete your account."
        return your >= 1 && your + 1 < count && text.TokenText(your - 1) is "delete" && text.TokenText(your + 1) is "account"
               && (your == 1 || ThreatIntent.SentenceBreakBefore(text, your - 1) || text.TokenText(your - 2) is "just" or "please" or "and")
            ? your + 1 : null;
    }

    // Faults that are no insult words alone ("you're annoying" is a complaint), but a superlative of the reader's person.
    private static bool IsFault(ReadOnlySpan<char> t) =>
        t is "annoying" or "irritating" or "ignorant" or "arrogant" or "obnoxious" or "insufferable" or "boring" or "tedious"
            or "incompetent" or "dishonest" or "smug" or "condescending" or "unpleasant" or "selfish" or "stupid" or "useless"
            or "clueless" or "pathetic" or "gullible" or "naive" or "pompous" or "tiresome" or "hypocritical" or "deluded"
            or "dense" or "dimwitted" or "unbearable" or "exhausting" or "narcissistic" or "entitled" or "unlikeable" or "dull";

    private static bool IsPersonLike(ReadOnlySpan<char> t) =>
        ThreatIntent.IsPersonNoun(t) || t is "person" or "human" or "poster" or "commenter" or "commentator" or "troll" or "individual"
            or "guy" or "bloke" or "creature" or "specimen" or "excuse" or "user" or "contributor" or "writer" or "reporter" or "journalist";

    private static bool IsInsult(ReadOnlySpan<char> t) =>
        t is "embarrassment" or "disgrace" or "joke" or "failure" or "nobody" or "nothing" or "snake" or "hack" or "fraud"
            or "coward" or "liar" or "useless" or "thick" or "dim" or "clueless" or "worthless" or "brainless" or "spineless"
            or "gutless" or "pathetic" or "vile" or "dense" or "delusional" or "deluded" or "hopeless" or "unhinged"
            or "parasite" or "leech" or "slow" or "imbecile" or "halfwit" or "nonentity"
            or "simpleton" or "buffoon" or "muppet" or "plank" or "dunce" or "thickest" or "densest" or "dimmest" or "dumbest"
            or "stupidest" or "prat" or "bore";
}
