using ClaimX.Core.Lexicons;
using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Lexicons;

public class CueLexiconTests
{
    [Theory]
    [InlineData("said", "say", CueClass.Speech, CueForm.Finite, 1)]
    [InlineData("SAYS", "say", CueClass.Speech, CueForm.Finite, 1)]
    [InlineData("saying", "say", CueClass.Speech, CueForm.Participle, 1)]
    [InlineData("told", "tell", CueClass.Speech, CueForm.Finite, 1)]
    [InlineData("called on", "call on", CueClass.Stance, CueForm.Finite, 2)]
    [InlineData("according to", "according to", CueClass.Speech, CueForm.Source, 2)]
    [InlineData("believes", "believe", CueClass.Belief, CueForm.Finite, 1)]
    [InlineData("wants", "want", CueClass.Intention, CueForm.Finite, 1)]
    [InlineData("criticised", "criticize", CueClass.Stance, CueForm.Finite, 1)]
    [InlineData("written", "write", CueClass.Speech, CueForm.Finite, 1)]
    public void Forms_map_to_lemma_class_and_form(string form, string lemma, CueClass cueClass, CueForm cueForm, int words)
    {
        CueLexicon.Default.TryGet(form, out var entry).Should().BeTrue();
        entry.Lemma.Should().Be(lemma);
        entry.Class.Should().Be(cueClass);
        entry.Form.Should().Be(cueForm);
        entry.WordCount.Should().Be(words);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("sai")]
    [InlineData("called  on")]
    public void Other_words_are_not_cues(string form) => CueLexicon.Default.TryGet(form, out _).Should().BeFalse();

    [Fact]
    public void Lookup_works_on_a_slice_of_a_longer_text()
    {
        const string text = "the minister said on Monday";
        CueLexicon.Default.TryGet(text.AsSpan(13, 4), out var entry).Should().BeTrue();
        entry.Lemma.Should().Be("say");
    }

    /// <summary>Each finite form of each single-word speech verb of reporting-verbs.txt, after a quote.</summary>
    public static TheoryData<string, string> SpeechVerbForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in LexiconResource.ReadLines("reporting-verbs.txt"))
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields[0] != "speech" || fields[1].Contains(' ', StringComparison.Ordinal) || fields.Length < 3)
            {
                continue;
            }
            foreach (var form in fields[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!form.EndsWith("ing", StringComparison.Ordinal))
                {
                    data.Add(form, fields[1]);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SpeechVerbForms))]
    public void Every_finite_form_of_a_speech_verb_attributes_a_quote(string form, string lemma)
    {
        string text = $"“The bridge will reopen on Friday,” Nadia Ferreira {form}.";
        var claim = ClaimStarting(text, "The bridge will reopen on Friday");
        claim.Speaker.Should().Be("Nadia Ferreira");
        claim.CueLemma.Should().Be(lemma);
        Cue(text, claim).Should().Be(form);
    }

    [Theory]
    [InlineData("according to", "according to")]
    [InlineData("in the words of", "in the words of")]
    public void A_phrase_cue_puts_the_speaker_after_it(string cue, string lemma)
    {
        string text = $"The bridge will reopen on Friday, {cue} Nadia Ferreira.";
        var claim = ClaimStarting(text, "The bridge will reopen on Friday");
        claim.Speaker.Should().Be("Nadia Ferreira");
        claim.CueLemma.Should().Be(lemma);
    }

    [Fact]
    public void Bad_lines_are_refused_with_the_line()
    {
        var act = () => CueLexicon.Load(["speech say says"]);
        act.Should().Throw<InvalidDataException>().WithMessage("*speech say says*");
        var unknownClass = () => CueLexicon.Load(["gossip | chat | chats"]);
        unknownClass.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void First_class_listed_for_a_form_wins()
    {
        var lexicon = CueLexicon.Load(["speech | argue | argues", "belief | argue | argues"]);
        lexicon.TryGet("argues", out var entry).Should().BeTrue();
        entry.Class.Should().Be(CueClass.Speech);
        lexicon.Count.Should().Be(2);
    }
}
