using ClaimX.Core.Text;
using static ClaimX.Core.Tests.Text.TextTestHelpers;

namespace ClaimX.Core.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Mr. Smith said so.", "Mr.")]
    [InlineData("Mrs. Jones agreed.", "Mrs.")]
    [InlineData("Ms. Lee left.", "Ms.")]
    [InlineData("Dr. Ahmadi treated them.", "Dr.")]
    [InlineData("U.S. military spokesman Col. Sonny Leggett said", "Col.")]
    [InlineData("Gen. Kenneth McKenzie testified.", "Gen.")]
    [InlineData("Lt. Gen. Miller arrived.", "Lt.")]
    [InlineData("Sgt. Maria Diaz was hurt.", "Sgt.")]
    [InlineData("Sen. Lindsey Graham objected.", "Sen.")]
    [InlineData("Rep. Adam Smith, a Democrat, spoke.", "Rep.")]
    [InlineData("Gov. Andrew Cuomo said.", "Gov.")]
    [InlineData("Pres. Ghani refused.", "Pres.")]
    [InlineData("They met on St. Patrick's Day.", "St.")]
    [InlineData("Martin Luther King Jr. spoke.", "Jr.")]
    [InlineData("Apple Inc. reported profits.", "Inc.")]
    [InlineData("General Motors Corp. said", "Corp.")]
    [InlineData("Procter & Gamble Co. agreed", "Co.")]
    [InlineData("He was ranked No. 1 in the poll.", "No.")]
    [InlineData("It was Smith vs. Jones in court.", "vs.")]
    [InlineData("guns, drones, etc. were seized", "etc.")]
    [InlineData("The strike came at 3 a.m. local time.", "a.m.")]
    [InlineData("by 5 p.m. Tuesday", "p.m.")]
    [InlineData("signed on Feb. 29 in Doha", "Feb.")]
    [InlineData("on Jan. 3, officials said", "Jan.")]
    [InlineData("since Sept. 11, 2001", "Sept.")]
    [InlineData("ON DEC. 7 THE FLEET", "DEC.")]
    public void Abbreviations_keep_their_period(string text, string abbreviation)
    {
        var token = Single(text, abbreviation);
        token.Kind.Should().Be(TokenKind.Word);
        token.Flags.Should().HaveFlag(TokenFlags.Abbreviation);
    }

    [Theory]
    [InlineData("Mr. Smith", "Mr.", true)]
    [InlineData("Col. Leggett", "Col.", true)]
    [InlineData("Sen. Warren", "Sen.", true)]
    [InlineData("Apple Inc. said", "Inc.", false)]
    [InlineData("on Feb. 29", "Feb.", false)]
    public void Titles_are_marked(string text, string abbreviation, bool title)
    {
        Single(text, abbreviation).Flags.HasFlag(TokenFlags.Title).Should().Be(title);
    }

    [Theory]
    [InlineData("The end.", "end")]
    [InlineData("They left.The end", "left")]
    [InlineData("rates and/or fees.", "and")]
    [InlineData("He said no. Then he left.", "no")]
    [InlineData("It was in. Then out.", "in")]
    public void Ordinary_words_leave_the_period_alone(string text, string word)
    {
        var token = Single(text, word);
        token.Flags.Should().NotHaveFlag(TokenFlags.Abbreviation);
        Words(text).Should().Contain(".");
    }

    [Theory]
    [InlineData("George W. Bush said", "W.")]
    [InlineData("John F. Kennedy Airport", "F.")]
    [InlineData("J. K. Rowling wrote", "J.")]
    public void Initials_keep_their_period(string text, string initial)
    {
        Single(text, initial).Flags.Should().HaveFlag(TokenFlags.Initial);
    }

    [Theory]
    [InlineData("The U.S. military said", "U.S.")]
    [InlineData("the U.K. government", "U.K.")]
    [InlineData("in Washington, D.C. on Monday", "D.C.")]
    [InlineData("the U.S.A. team", "U.S.A.")]
    [InlineData("a Ph.D. student", "Ph.D.")]
    [InlineData("allies, e.g. Britain", "e.g.")]
    [InlineData("Rep. G.K. Butterfield (D-N.C.), head of", "D-N.C.")]
    [InlineData("Sen. Tim Kaine (D-Va.) said", "D-Va.")]
    [InlineData("Rep. Jim Clyburn (D-S.C.) said", "D-S.C.")]
    [InlineData("the ex-Gov. Smith said", "ex-Gov.")]
    public void Initialisms_are_one_abbreviation_token(string text, string initialism)
    {
        var token = Single(text, initialism);
        token.Kind.Should().Be(TokenKind.Word);
        token.Flags.Should().HaveFlag(TokenFlags.Abbreviation);
    }

    [Fact]
    public void Initialism_flags_capitals()
    {
        Single("The U.S. said", "U.S.").Flags.Should().HaveFlag(TokenFlags.AllCaps | TokenFlags.Capitalized);
    }

    [Theory]
    [InlineData("releasing 5,000 Taliban prisoners", "5,000")]
    [InlineData("a 3.5 percent rise", "3.5")]
    [InlineData("cost $141 million", "141")]
    [InlineData("the Senate voted 97-1 to pass", "97-1")]
    [InlineData("about 1,250,000.75 dollars", "1,250,000.75")]
    [InlineData("at 10:30 local time", "10:30")]
    [InlineData("a .5 percent cut", ".5")]
    [InlineData("dated 2020-03-04 in the file", "2020-03-04")]
    [InlineData("on 3/4/2020 officials", "3/4/2020")]
    [InlineData("۱۲۳ people", "۱۲۳")]
    public void Numbers_keep_separators_and_decimals(string text, string number)
    {
        Single(text, number).Kind.Should().Be(TokenKind.Number);
    }

    [Theory]
    [InlineData("5,000.", new[] { "5,000", "." })]
    [InlineData("$141 million", new[] { "$", "141", "million" })]
    [InlineData("1,2,3", new[] { "1", ",", "2", ",", "3" })]
    [InlineData("3.5%", new[] { "3.5", "%" })]
    [InlineData("€20 and £5", new[] { "€", "20", "and", "£", "5" })]
    public void Numbers_end_where_they_should(string text, string[] expected)
    {
        Words(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("our 1st strike", "1st")]
    [InlineData("the 22nd attack", "22nd")]
    [InlineData("the 3rd Battalion", "3rd")]
    [InlineData("its 11th day", "11th")]
    [InlineData("the 101st Airborne", "101st")]
    public void Ordinals(string text, string ordinal)
    {
        Single(text, ordinal).Kind.Should().Be(TokenKind.Ordinal);
    }

    [Theory]
    [InlineData("the 1990s were", "1990s")]
    [InlineData("a 24-hour ceasefire", "24-hour")]
    [InlineData("a 5km march", "5km")]
    public void Words_that_start_with_digits(string text, string word)
    {
        Single(text, word).Kind.Should().Be(TokenKind.Word);
    }

    [Theory]
    [InlineData("He didn't provide details", "didn't")]
    [InlineData("He didn’t provide details", "didn’t")]
    [InlineData("we're committed", "we're")]
    [InlineData("the int'l community", "int'l")]
    [InlineData("Afghanistan’s interior ministry", "Afghanistan’s")]
    [InlineData("the militant's leader", "militant's")]
    [InlineData("Conan O'Brien joked", "O'Brien")]
    [InlineData("back in the '90s, they", "'90s")]
    [InlineData("back in the ’90s, they", "’90s")]
    [InlineData("the class of '68 met", "'68")]
    [InlineData("rock 'n' roll", "'n'")]
    [InlineData("rock ’n’ roll", "’n’")]
    [InlineData("let 'em go", "'em")]
    [InlineData("wait 'til dawn", "'til")]
    public void Contractions_and_elisions_are_single_words(string text, string word)
    {
        Single(text, word).Kind.Should().Be(TokenKind.Word);
    }

    [Theory]
    [InlineData("told Fox News' Bret Baier", "News")]
    [InlineData("the Talibs’ demands", "Talibs")]
    [InlineData("the Joneses' house", "Joneses")]
    public void Plural_possessive_apostrophe_is_its_own_token(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        int index = Array.FindIndex(tokens, t => text.AsSpan(t.Start, t.Length).SequenceEqual(word));
        index.Should().BeGreaterThanOrEqualTo(0);
        tokens[index + 1].Kind.Should().Be(TokenKind.Apostrophe);
        tokens[index + 1].Start.Should().Be(tokens[index].End);
    }

    [Theory]
    [InlineData("a reduction-in-violence period", "reduction-in-violence")]
    [InlineData("in Nahr-e Saraj district", "Nahr-e")]
    [InlineData("the U.S.-Taliban deal", "U.S.-Taliban")]
    [InlineData("COVID-19 cases", "COVID-19")]
    [InlineData("a conditions-based path", "conditions-based")]
    [InlineData("AT&T said", "AT&T")]
    public void Hyphenated_words_and_names_stay_whole(string text, string word)
    {
        Single(text, word).Kind.Should().Be(TokenKind.Word);
    }

    [Theory]
    [InlineData("To be clear – we are", "–")]
    [InlineData("Kabul — The United States", "—")]
    [InlineData("conditions based -- that is", "--")]
    [InlineData("the talks - a precondition", "-")]
    public void Dashes(string text, string dash)
    {
        Single(text, dash).Kind.Should().Be(TokenKind.Dash);
    }

    [Theory]
    [InlineData("and then... nothing", "...")]
    [InlineData("and then… nothing", "…")]
    [InlineData("and then . . . nothing", ". . .")]
    public void Ellipses(string text, string ellipsis)
    {
        Single(text, ellipsis).Kind.Should().Be(TokenKind.Ellipsis);
    }

    [Theory]
    [InlineData("see https://example.com/a?b=1&c=2.", "https://example.com/a?b=1&c=2", TokenKind.Url)]
    [InlineData("visit www.foxnews.com, then", "www.foxnews.com", TokenKind.Url)]
    [InlineData("(http://en.wikipedia.org/wiki/Kabul_(city)) was", "http://en.wikipedia.org/wiki/Kabul_(city)", TokenKind.Url)]
    [InlineData("write to tips@example.org today", "tips@example.org", TokenKind.Url)]
    [InlineData("photo pic.twitter.com/P2qpm3h3Pm— Apple Music", "pic.twitter.com/P2qpm3h3Pm", TokenKind.Url)]
    [InlineData("link: t.co/abc123.", "t.co/abc123", TokenKind.Url)]
    [InlineData("tweeted @realDonaldTrump on", "@realDonaldTrump", TokenKind.Handle)]
    [InlineData("using #Afghanistan and", "#Afghanistan", TokenKind.Hashtag)]
    [InlineData("price in $ terms", "$", TokenKind.Symbol)]
    [InlineData("a ₹500 note", "₹", TokenKind.Symbol)]
    public void Urls_handles_hashtags_and_symbols(string text, string token, TokenKind kind)
    {
        Single(text, token).Kind.Should().Be(kind);
    }

    [Fact]
    public void A_number_sign_before_digits_is_not_a_hashtag()
    {
        Words("the #1 seed").Should().Equal("the", "#", "1", "seed");
        Tokenizer.Tokenize("the #1 seed")[1].Kind.Should().Be(TokenKind.Symbol);
    }

    [Theory]
    [InlineData("he said \"hello\" to", 0, TokenKind.QuoteOpen)]
    [InlineData("he said \"hello\" to", 1, TokenKind.QuoteClose)]
    [InlineData("a “defensive” airstrike", 0, TokenKind.QuoteOpen)]
    [InlineData("a “defensive” airstrike", 1, TokenKind.QuoteClose)]
    [InlineData("HAD 'GOOD TALK' WITH", 0, TokenKind.QuoteOpen)]
    [InlineData("HAD 'GOOD TALK' WITH", 1, TokenKind.QuoteClose)]
    [InlineData("says, 'If I execute", 0, TokenKind.QuoteOpen)]
    [InlineData("er sagte „Hallo“ und", 0, TokenKind.QuoteOpen)]
    [InlineData("er sagte „Hallo“ und", 1, TokenKind.QuoteAmbiguous)]
    [InlineData("il a dit «bonjour» puis", 0, TokenKind.QuoteOpen)]
    [InlineData("il a dit «bonjour» puis", 1, TokenKind.QuoteClose)]
    [InlineData("il a dit « bonjour » puis", 0, TokenKind.QuoteAmbiguous)]
    [InlineData("said, ‘ well", 0, TokenKind.QuoteAmbiguous)]
    [InlineData("x \" y", 0, TokenKind.QuoteAmbiguous)]
    public void Quote_marks_get_a_direction_from_their_context(string text, int nth, TokenKind kind)
    {
        var marks = Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteAmbiguous).ToArray();
        marks[nth].Kind.Should().Be(kind);
    }

    [Fact]
    public void Flags_describe_case_and_position()
    {
        const string text = "NATO said\nUS  troops";
        var tokens = Tokenizer.Tokenize(text);
        tokens[0].Flags.Should().Be(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.LineStart | TokenFlags.SpaceBefore | TokenFlags.AsciiLetters);
        tokens[1].Flags.Should().Be(TokenFlags.SpaceBefore | TokenFlags.AsciiLetters);
        tokens[2].Flags.Should().Be(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.LineStart | TokenFlags.SpaceBefore | TokenFlags.AsciiLetters);
        tokens[3].Flags.Should().Be(TokenFlags.SpaceBefore | TokenFlags.AsciiLetters);
        Tokenizer.Tokenize("Hello, world")[1].Flags.Should().Be(TokenFlags.None);
    }

    [Fact]
    public void Plain_words_in_long_text_get_the_same_flags_and_hash_as_anywhere()
    {
        // Long enough that the sixteen-character fast path handles the words; the short texts above take the general one.
        const string text = "Taliban NATO iPhone a I said, (Kabul) ANDSFANDSFANDSF abcdefghijklmnop Xy; and then some more words follow here";
        var tokens = Tokenizer.Tokenize(text);
        TokenFlags FlagsOf(string word) => tokens.Single(t => text.AsSpan(t.Start, t.Length).SequenceEqual(word)).Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps);
        FlagsOf("Taliban").Should().Be(TokenFlags.Capitalized);
        FlagsOf("NATO").Should().Be(TokenFlags.Capitalized | TokenFlags.AllCaps);
        FlagsOf("iPhone").Should().Be(TokenFlags.None);
        FlagsOf("a").Should().Be(TokenFlags.None);
        FlagsOf("I").Should().Be(TokenFlags.Capitalized);
        FlagsOf("Kabul").Should().Be(TokenFlags.Capitalized);
        FlagsOf("ANDSFANDSFANDSF").Should().Be(TokenFlags.Capitalized | TokenFlags.AllCaps);
        FlagsOf("abcdefghijklmnop").Should().Be(TokenFlags.None);
        FlagsOf("Xy").Should().Be(TokenFlags.Capitalized);
        tokens.All(t => t.LowerHash == TextHash.Lower(text.AsSpan(t.Start, t.Length))).Should().BeTrue();
    }

    [Fact]
    public void Tokens_carry_a_case_insensitive_hash_that_ignores_apostrophe_style()
    {
        const string text = "Didn’t didn't DIDN'T";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Should().HaveCount(3);
        tokens.Select(t => t.LowerHash).Distinct().Should().ContainSingle()
            .Which.Should().Be(TextHash.Lower("didn't"));
    }

    [Fact]
    public void Offsets_are_relative_to_the_whole_text_when_tokenizing_a_range()
    {
        const string text = "front matter\nBody text.";
        var tokens = Tokenizer.Tokenize(text, 13, text.Length);
        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal("Body", "text", ".");
        tokens[0].Flags.Should().HaveFlag(TokenFlags.LineStart);
    }

    [Theory]
    [InlineData("emoji 😀 here", "😀")]
    [InlineData("𝐁𝐨𝐥𝐝 text", "𝐁𝐨𝐥𝐝")]
    [InlineData("שלום עולם", "שלום")]
    [InlineData("مرحبا بالعالم", "مرحبا")]
    [InlineData("café au lait", "café")]
    public void Unicode_words_and_symbols(string text, string token)
    {
        Single(text, token);
    }
}
