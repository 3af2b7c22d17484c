namespace ClaimX.Core.Compare;

/// <summary>
/// Decides whether two speakers, as named by two articles, are the same person or body.
/// <list type="bullet">
/// <item>Person and person: the suffixes ("Jr.") agree, and either one name is a single word equal to the other's
/// surname or given name ("Leggett", "Sonny" ~ "Sonny Leggett"), or the shorter name's words are all in the
/// longer one and the surnames agree ("Donald Trump" ~ "Donald J. Trump").</item>
/// <item>Body and body: the same words, or the shorter (two words or more) inside the longer with the same head
/// noun ("interior ministry" ~ "afghan interior ministry").</item>
/// <item>Person and body: the person speaks for that body (their role names it), or the "person" is the body's
/// bare name ("Taliban" ~ "the Taliban").</item>
/// <item>Unknown speakers match nothing: an unattributed claim cannot vouch for anyone.</item>
/// </list>
/// </summary>
public static class SpeakerMatcher
{
    public static bool Matches(string? a, string? b) => Matches(SpeakerParser.Parse(a), SpeakerParser.Parse(b));

    public static bool Matches(SpeakerIdentity a, SpeakerIdentity b)
    {
        if (a.Kind == SpeakerKind.Unknown || b.Kind == SpeakerKind.Unknown)
        {
            return false;
        }
        if (a.Kind == SpeakerKind.Person && b.Kind == SpeakerKind.Person)
        {
            return NamesMatch(a, b);
        }
        if (a.Kind == SpeakerKind.Body && b.Kind == SpeakerKind.Body)
        {
            return BodiesMatch(a.Body, b.Body);
        }
        var person = a.Kind == SpeakerKind.Person ? a : b;
        var body = a.Kind == SpeakerKind.Body ? a : b;
        return (person.Affiliation.Count > 0 && BodiesMatch(person.Affiliation, body.Body))
            || person.Name.SequenceEqual(body.Body, StringComparer.Ordinal);
    }

    private static bool NamesMatch(SpeakerIdentity a, SpeakerIdentity b)
    {
        if (a.Suffix != b.Suffix || a.Name.Count == 0 || b.Name.Count == 0)
        {
            return false;
        }
        var (shorter, longer) = a.Name.Count <= b.Name.Count ? (a.Name, b.Name) : (b.Name, a.Name);
        if (shorter.Count == 1)
        {
            return shorter[0] == longer[^1] || shorter[0] == longer[0];
        }
        return shorter[^1] == longer[^1] && shorter.All(longer.Contains);
    }

    internal static bool BodiesMatch(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return true;
        }
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return shorter.Count >= 2 && shorter[^1] == longer[^1] && shorter.All(longer.Contains);
    }
}
