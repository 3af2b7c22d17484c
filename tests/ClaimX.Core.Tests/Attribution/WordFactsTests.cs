using ClaimX.Core.Attribution;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Tests.Support;
using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>
/// The per-token word facts must answer exactly as the lexicons they stand for, whatever the word's case, ending or
/// alphabet: the filter, the table and the cache are only ways of getting there sooner.
/// </summary>
public class WordFactsTests
{
    private static readonly WordSet[] Sets =
    [
        SpeakerLexicons.ClauseBreaks, SpeakerLexicons.OrganisationHeads, SpeakerLexicons.Determiners, SpeakerLexicons.RoleNouns,
        SpeakerLexicons.ObjectPrepositions, SpeakerLexicons.TimeWords, SpeakerLexicons.ClauseAdverbs, SpeakerLexicons.Prepositions,
        SpeakerLexicons.SourceDescriptions, SpeakerLexicons.Titles, SpeakerLexicons.NamedGroups, ClauseLexicons.Auxiliaries,
        ClauseLexicons.IrregularPast, ClauseLexicons.Subordinators, ClauseLexicons.AdjunctOpeners, ClauseLexicons.ClauseMarkers,
        ClauseLexicons.TitleMarkers,
    ];

    // Every lexicon word, its plural forms, in every casing the text may give it, and words that differ by an
    // ending or by one letter whose case folding is special.
    private static IEnumerable<string> LexiconWords()
    {
        var words = Sets.SelectMany(set => set.Entries.Concat(set.FirstWords).Concat(set.LastWords))
            .Concat(CueLexicon.Default.Forms).Concat(CueLexicon.Default.FirstWords)
            .Where(word => !word.Contains(' '));
        foreach (var word in words.Distinct())
        {
            foreach (var form in new[] { word, word + "s", word + "es", word + "S", word + "ES", word[..^1] + "ies", word[..^1] + "IES", word[..^1] }.Where(f => f.Length > 0))
            {
                yield return form;
                yield return form.ToUpperInvariant();
                yield return form.ToLowerInvariant();
                yield return char.ToUpperInvariant(form[0]) + form[1..];
                yield return form.Replace('i', 'ı').Replace('s', 'ſ');
            }
        }
    }

    [Fact]
    public void Every_lexicon_word_in_every_casing_and_ending_gets_the_lexicons_own_answer()
    {
        // A batch run reads words from the table that a short run works out one by one: the table must agree.
        WordFacts.BuildTableNow();
        var wrong = new List<string>();
        foreach (var word in LexiconWords())
        {
            // Twice: once worked out, once from the cache.
            if (WordFacts.Of(word) != WordFacts.Compute(word) || WordFacts.Of(word) != WordFacts.Compute(word))
            {
                wrong.Add(word);
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void The_words_of_the_sample_articles_get_the_lexicons_own_answer()
    {
        var wrong = new List<string>();
        foreach (var text in SampleArticles.Texts)
        {
            var view = new ClauseView(TextAnalyzer.Analyze(text));
            for (int t = 0; t < view.Count; t++)
            {
                if (!view.IsWord(t))
                {
                    continue;
                }
                var word = view.Word(t);
                foreach (var set in Sets)
                {
                    if (view.InSet(t, set) != set.Contains(word) || view.InNounSet(t, set) != set.ContainsNoun(word))
                    {
                        wrong.Add(word.ToString());
                    }
                }
                if (view.CueWordsStartingAt(t) != CueLexicon.Default.MaxWordsStartingWith(word)
                    || view.TryCue(t, out var entry) != CueLexicon.Default.TryGet(word, out var expected) || entry != expected)
                {
                    wrong.Add(word.ToString());
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Any_word_made_of_lexicon_letters_gets_the_lexicons_own_answer()
    {
        // Short words from a few letters (and case-folding oddities) hit the filter, the table and the cache's
        // collisions far more often than real text does.
        var letters = Gen.Elements("aeinorstlSEIdyhAuıſK".ToCharArray());
        Prop.ForAll(letters.ArrayOf().Where(chars => chars.Length is > 0 and < 20).Select(chars => new string(chars)).ToArbitrary(),
            word => WordFacts.Of(word) == WordFacts.Compute(word)).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000));
    }

    [Fact]
    public void A_word_known_by_its_hash_gets_the_lexicons_own_answer_and_is_ruled_out_as_a_cue_start_only_when_it_starts_none()
    {
        // The clause tokenizer hands on the text analyser's hash of a word of ASCII letters; the facts worked out from
        // it, and the cue-start filter's "no", must agree with the lexicons for every such word.
        var words = LexiconWords().Where(word => word.All(char.IsAsciiLetter)).ToList();
        const string Letters = "aeinorstlSEIdyhAuwcTk";
        var random = new Random(20261122);
        for (int i = 0; i < 20_000; i++)
        {
            words.Add(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Letters[random.Next(Letters.Length)])));
        }
        var wrong = new List<string>();
        foreach (var word in words)
        {
            ulong pending = WordFacts.Pending(TextHash.Lower(word));
            ulong expected = WordFacts.Compute(word);
            if (WordFacts.OfPending(word, pending) != expected || (!WordFacts.MayStartCue(pending) && WordFacts.CueWords(expected) != 0))
            {
                wrong.Add(word);
            }
        }

        wrong.Should().BeEmpty();
        // The filter does rule words out: a cue finder that asked it of every word and heard "maybe" would gain nothing.
        WordFacts.MayStartCue(WordFacts.Pending(TextHash.Lower("the"))).Should().BeFalse();
        WordFacts.MayStartCue(WordFacts.Pending(TextHash.Lower("Said"))).Should().BeTrue();
        WordFacts.MayStartCue(WordFacts.Unused).Should().BeTrue();
    }
}
