namespace Parley.Classifier.Tests;

/// <summary>
/// The rules index tokens around the word that triggers them (the one before a vehicle, the two after a "getting"), and
/// an index before the text's start crashed `parley score` on "The van stopped …" in session 18. Short random texts built
/// from the rules' own trigger words, with the punctuation that splits sentences, reach those edges; every one must
/// score without an exception and with every label in [0, 1].
/// </summary>
public class RobustnessTests
{
    private static readonly string[] Words =
    [
        "van", "lorry", "car", "into", "through", "crowd", "the", "a", "i", "you", "ur", "he", "she", "they", "we", "ll", "will",
        "won't", "getting", "glassed", "stabbed", "battered", "hospital", "A&E", "in", "one", "piece", "next", "time", "keep",
        "talking", "say", "that", "again", "when", "see", "find", "my", "lads", "mark", "words", "on", "sight", "hope", "wish",
        "someone", "should", "be", "banned", "from", "teaching", "deserve", "nothing", "but", "contempt", "never", "as", "equals",
        "Muslims", "gay", "people", "Jews", "women", "moved", "arrived", "turned", "up", "since", "went", "downhill", "to", "dogs",
        "seeing", "being", "around", "fills", "me", "with", "disgust", "so", "incredibly", "disgusting", "why", "are", "gut",
        "drown", "push", "under", "train", "off", "top", "of", "tower", "block", "stamp", "slap", "him", "her", "ref", "keeper",
        "end", "wake", "body", "bag", "need", "dental", "records", "recognise", "walk", "leave", "alive", "know", "where", "live",
        "shame", "nobody", "shot", "typical", "expect", "what", "because", "only", "hire", "rent", "like", "look", "ferret",
        "give", "kicking", "im", "breaking", "your", "arms", "honestly", "kill", "put", "bullet", "line", "them", "against", "wall",
        "run", "over", "tar", "and", "feather", "pull", "trigger", "execute", "not", "all", "most", "some", "every", "those",
        "these", "kind", "should", "shouldn't", "allowed", "refugees", "immigrants", "go", "back", "vermin", "die", "dies",
        "killed", "his", "face", "in", "let", "lets", "gonna", "can't", "stand", "hate", "typical", "blame", "thanks", "spread",
        // session 26's rules: places attacked with their people, aversion, the member without the vice, put-downs
        "bomb", "set", "fire", "sink", "sunk", "boats", "mosque", "synagogue", "hostel", "inside", "board", "who", "isn't", "bear",
        "bloody", "beating", "nobody", "miss", "meds", "yet", "better", "it", "place", "Gay Muslims", "stab", "anywhere", "near",
    ];

    // Whole phrases the rules read, so that a random text often ends right after one (the session's second crash was
    // "Gay people deserve nothing but contempt." ending at the rule's last token).
    private static readonly string[] Phrases =
    [
        "deserve nothing but contempt", "a van drove into the crowd", "they've wrecked the place", "went downhill the moment",
        "is getting glassed", "won't leave here in one piece", "when I'm done with", "fills me with disgust", "makes my skin crawl",
        "should be banned from teaching", "as my equals", "who's bringing the petrol", "I hope he gets glassed", "under a train",
        "off the top of a tower block", "in A&E", "I know where you live", "hate-free", "contempt of court", "Being around",
        "I'll stab him", "with all of them inside", "who isn't a crook",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", ", ", ". ", "? ", "! ", " \"", "\" ", "'", " - "];

    // Every phrase after every opener, ending on its last word or a full stop: the edges a random text reaches rarely.
    [Fact]
    public void Each_rule_phrase_at_the_end_of_a_text_scores_without_an_exception()
    {
        var model = ShippedModel.Model;
        foreach (var opener in (string[])["", "Gay people", "Gay Muslims", "Muslims", "He", "You", "I", "A", "The van", "ur", "my lads", "they"])
        {
            foreach (var phrase in Phrases)
            {
                foreach (var end in (string[])["", ".", "?", " "])
                {
                    var result = model.Score($"{opener} {phrase}{end}".Trim());
                    Assert.InRange(result[ToxicityLabel.Toxicity], 0f, 1f);
                }
            }
        }
    }

    [Fact]
    public void Random_texts_of_rule_words_score_without_an_exception()
    {
        var model = ShippedModel.Model;
        var random = new Random(18);
        for (var n = 0; n < 40_000; n++)
        {
            var length = random.Next(1, 13);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ =>
                (random.Next(4) == 0 ? Phrases[random.Next(Phrases.Length)] : Words[random.Next(Words.Length)]) + Gaps[random.Next(Gaps.Length)]));
            text = random.Next(2) == 0 ? text.TrimEnd() : text; // end on the last word as often as on a gap
            foreach (var kind in (ReadOnlySpan<TextKind>)[TextKind.Comment, TextKind.DisplayName])
            {
                var result = model.Score(text, kind);
                foreach (var label in Enum.GetValues<ToxicityLabel>())
                {
                    Assert.InRange(result[label], 0f, 1f);
                }
            }
        }
    }

    // Every word prefix and suffix of every fifth row of our comment suites (bench/blind-rounds): real sentences cut at
    // every edge. Session 26's first "next X I see" check threw on a text opening with two group names ("Gay Muslims
    // disgust me, I'll stab him."): the two tests above catch that one since the "Gay Muslims" opener and "I'll stab him"
    // joined their lists, and a fuzz of all rows' cuts (505,910 texts) found no other; this keeps a fifth of it.
    [Fact]
    public void Every_cut_of_our_suite_sentences_scores_without_an_exception()
    {
        var model = ShippedModel.Model;
        var folder = Path.Combine(TrainingTests.RepoRoot(), "bench", "blind-rounds");
        var rows = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Where((_, i) => i % 5 == 0).ToList();
        Assert.True(rows.Count > 3000, $"{rows.Count} rows");
        foreach (var row in rows)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(row);
            var words = doc.RootElement.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 1; k < words.Length; k++)
            {
                foreach (var cut in (string[])[string.Join(' ', words[..k]), string.Join(' ', words[k..])])
                {
                    Assert.InRange(model.Score(cut)[ToxicityLabel.Toxicity], 0f, 1f);
                }
            }
        }
    }
}
