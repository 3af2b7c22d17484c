using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Lexicons;

/// <summary>
/// What a lexicon file means when it lists a word twice: the pronoun and abbreviation lexicons keep the last
/// entry (their files are read as a later line correcting an earlier one), whatever the casing of the repeat.
/// </summary>
public class LexiconEntryOrderTests
{
    [Fact]
    public void A_pronoun_listed_twice_keeps_its_last_entry_and_the_others_keep_theirs()
    {
        var lexicon = PronounLexicon.Load(["he | singular | m", "they | plural | x", "He | singular | x", "she | singular | f"]);

        lexicon.TryGet("he", out var he).Should().BeTrue();
        he.Should().Be(new PronounEntry(GrammaticalNumber.Singular, PronounGender.Any));
        lexicon.TryGet("THEY", out var they).Should().BeTrue();
        they.Should().Be(new PronounEntry(GrammaticalNumber.Plural, PronounGender.Any));
        lexicon.TryGet("she", out var she).Should().BeTrue();
        she.Gender.Should().Be(PronounGender.Feminine);
        lexicon.TryGet("it", out _).Should().BeFalse();
    }

    [Fact]
    public void An_abbreviation_listed_twice_keeps_its_last_spelling_and_class()
    {
        var lexicon = new TextLexicons(["gen.", "Gen. title", "Inc."], ["The"]);

        lexicon.Count.Should().Be(2);
        // The last spelling, capitalised, holds: the lower-case "gen." no longer matches, the written one does.
        lexicon.Classify("Gen.").Should().Be(AbbreviationClass.Title);
        lexicon.Classify("gen.").Should().Be(AbbreviationClass.None);
        lexicon.Classify("GEN.").Should().Be(AbbreviationClass.Title);
        lexicon.Classify("Inc.").Should().Be(AbbreviationClass.General);
        lexicon.Classify("Ltd.").Should().Be(AbbreviationClass.None);
    }
}
