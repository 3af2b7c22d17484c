using System.Text;
using ClaimX.Core.Text;

namespace ClaimX.Core.Compare;

/// <summary>
/// Splits text into words and reduces them to a comparable form: lower case, one kind of apostrophe, possessive
/// "'s" dropped, number words as digits, and a light suffix stripping so "attacks", "attacking" and "attack"
/// meet. Deliberately crude: it only has to make two outlets' wordings of one statement look alike.
/// </summary>
public static class WordNormalizer
{
    /// <summary>Word spans: runs of letters and digits, keeping inner apostrophes, hyphens, periods, commas in
    /// numbers ("int'l", "Nahr-e", "U.S", "5,000").</summary>
    public static List<TextSpan> WordSpans(ReadOnlySpan<char> text)
    {
        var spans = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && text[i] != '%')
            {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (IsInnerJoiner(c, text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            spans.Add(new TextSpan(start, i));
        }
        return spans;
    }

    /// <summary>All words in order, lower case, apostrophes unified; no stemming. Used to decide "same words".</summary>
    public static string Sequence(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var span in WordSpans(text))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            AppendLower(builder, text[span.Start..span.End]);
        }
        return builder.ToString();
    }

    /// <summary>The content words of a text as a set: stopwords left out, numbers as digits, suffixes stripped.</summary>
    public static HashSet<string> ContentWords(ReadOnlySpan<char> text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in WordSpans(text))
        {
            var word = Lower(text[span.Start..span.End]);
            if (CompareLexicons.Stopwords.Contains(word))
            {
                continue;
            }
            words.Add(ContentForm(word));
        }
        return words;
    }

    /// <summary>The comparable form of one lower-case word.</summary>
    public static string ContentForm(string lowerWord)
    {
        var word = DropPossessive(lowerWord);
        if (CompareLexicons.NumberWords.TryGetValue(word, out var digits))
        {
            return digits;
        }
        if (char.IsDigit(word[0]))
        {
            return word.Replace(",", "", StringComparison.Ordinal);
        }
        return Stem(word);
    }

    /// <summary>Lower case with curly apostrophes made straight.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        AppendLower(builder, word);
        return builder.ToString();
    }

    /// <summary>A phrase in lower case with its last word made singular: "Security Forces" -> "security force".</summary>
    public static string SingularPhrase(string phrase)
    {
        var words = Sequence(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return phrase.Trim().ToLowerInvariant();
        }
        words[^1] = Singular(words[^1]);
        return string.Join(' ', words);
    }

    /// <summary>English plural to singular for regular nouns; irregular ones are left as they are.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }
        return word;
    }

    // Plural, -ing and -ed endings only: enough for a quote and its paraphrase to share words, and no more.
    private static string Stem(string word)
    {
        var stem = Singular(word);
        if (stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal))
        {
            return stem[..^3];
        }
        if (stem.Length > 4 && stem.EndsWith("ed", StringComparison.Ordinal))
        {
            return stem[..^2];
        }
        return stem;
    }

    private static string DropPossessive(string word) =>
        word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsInnerJoiner(char c, char previous) =>
        c is '\'' or '\u2019' or '-' or '.' or '&' || (c == ',' && char.IsDigit(previous));

    private static void AppendLower(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            builder.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
    }
}
