namespace ClaimX.Core.Compare;

/// <summary>
/// A speaker reduced to what cross-article matching needs. For a person: the name's words without titles
/// (lower case) and a suffix such as "jr"; for a body: its words without articles and possessive qualifiers.
/// <see cref="Affiliation"/> is the body a person speaks for when a role says so ("a spokesman for the Interior
/// Ministry" -> "interior ministry").
/// </summary>
public sealed record SpeakerIdentity(
    SpeakerKind Kind,
    IReadOnlyList<string> Name,
    string? Suffix,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Affiliation,
    string Display)
{
    public static readonly SpeakerIdentity Unknown = new(SpeakerKind.Unknown, [], null, [], [], "");

    public override string ToString() => Kind switch
    {
        SpeakerKind.Person => string.Join(' ', Name) + (Affiliation.Count > 0 ? $" ({string.Join(' ', Affiliation)})" : ""),
        SpeakerKind.Body => string.Join(' ', Body),
        _ => "(unknown)",
    };
}
