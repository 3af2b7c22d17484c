using ClaimX.Core.Lexicons;

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

    [Fact]
    public void Every_inflection_of_a_listed_verb_is_present()
    {
        foreach (var form in new[] { "add", "adds", "added", "adding", "warn", "warns", "warned", "warning", "deny", "denies", "denied", "denying" })
        {
            CueLexicon.Default.TryGet(form, out _).Should().BeTrue(form);
        }
    }

    [Fact]
    public void Max_words_covers_the_longest_phrase() => CueLexicon.Default.MaxWords.Should().BeGreaterThanOrEqualTo(3);

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
