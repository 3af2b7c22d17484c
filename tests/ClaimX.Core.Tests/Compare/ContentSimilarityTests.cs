using ClaimX.Core.Compare;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Compare;

public class ContentSimilarityTests
{
    private const string Whole = "The water is receding. We expect residents to return home by Friday.";

    [Fact]
    public void One_sentence_of_a_two_sentence_quote_is_contained_in_it()
    {
        var score = ContentSimilarity.Of("We expect residents to return home by Friday.", Whole);
        score.Containment.Should().Be(1.0);
        score.IsSimilar.Should().BeTrue();
    }

    [Fact]
    public void A_paraphrase_matches_the_quote_it_reports()
    {
        ContentSimilarity.Of("residents could return home by Friday", "We expect residents to return home by Friday.")
            .IsSimilar.Should().BeTrue();
        ContentSimilarity.Of("he had \"a very good talk\" with the rebels' senior leader", "We had a very good talk.")
            .IsSimilar.Should().BeTrue();
    }

    [Fact]
    public void Number_words_and_digits_meet()
    {
        WordNormalizer.ContentWords("four civilians were killed").Should().BeEquivalentTo("4", "civilian", "kill");
        ContentSimilarity.Of("four civilians were killed", "4 civilians killed").Containment.Should().Be(1.0);
    }

    [Fact]
    public void Unrelated_statements_are_not_similar()
    {
        ContentSimilarity.Of("The bridge will stay closed until engineers inspect it.", Whole).IsSimilar.Should().BeFalse();
        ContentSimilarity.Of("We will rebuild the school.", "The school board met on Monday.").IsSimilar.Should().BeFalse();
    }

    [Fact]
    public void Two_shared_words_are_a_topic_three_a_statement()
    {
        ContentSimilarity.Of("Governor Alvarez", "the delays he blamed on the policies of Governor Alvarez").IsSimilar.Should().BeFalse();
        ContentSimilarity.Of("Of course, I pay state taxes.", "paying no income taxes was smart").IsSimilar.Should().BeFalse();
        ContentSimilarity.Of("a very good talk", "We had a very good talk with the council.").IsSimilar.Should().BeTrue();
    }

    [Fact]
    public void A_short_claim_matches_only_verbatim()
    {
        ContentSimilarity.Of("The water is receding.", Whole).Verbatim.Should().BeTrue();
        ContentSimilarity.Of("The water is receding.", "Water levels are receding slowly.").IsSimilar.Should().BeFalse();
        ContentSimilarity.Of("Governor Alvarez", "Governor Alvarez said the water is receding").IsSimilar.Should().BeFalse("two words are too few for verbatim");
    }

    [Fact]
    public void One_shared_word_is_never_enough()
    {
        ContentSimilarity.Of("Receding.", Whole).IsSimilar.Should().BeFalse();
    }

    [Fact]
    public void A_text_contains_itself_and_any_of_its_sentences()
    {
        string[] sentences =
        [
            "Crews rescued dozens of people from rooftops overnight.", "The levee failed near the old mill.",
            "Officials opened three shelters in schools.", "Power was cut to eleven thousand homes.",
            "Engineers will inspect the dam on Thursday.",
        ];
        var gen = Gen.SubListOf(sentences).Where(l => l.Count > 0);
        Prop.ForAll(gen.ToArbitrary(), parts =>
            {
                string whole = string.Join(" ", parts);
                return parts.All(p => ContentSimilarity.Of(p, whole).Containment == 1.0)
                    && ContentSimilarity.Of(whole, whole).Jaccard == 1.0;
            })
            .QuickCheckThrowOnFailure();
    }
}
