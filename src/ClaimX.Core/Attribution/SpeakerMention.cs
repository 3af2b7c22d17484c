using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

public enum MentionKind : byte
{
    /// <summary>A person's name, possibly with titles and a descriptor: "union spokesman Pedro Alves".</summary>
    Name,
    /// <summary>he, she, they, it, we, I.</summary>
    Pronoun,
    /// <summary>An organisation or body: "the White House", "Peru's health ministry", "Hamas".</summary>
    Body,
    /// <summary>A description of a person or group: "the top commander in the region", "a source", "aides".</summary>
    Description,
    /// <summary>A relative pronoun ("who") standing for the noun phrase before it.</summary>
    Relative,
}

/// <summary>
/// A speaker as written at a cue. <see cref="Span"/> is the whole mention; <see cref="Name"/> the personal name
/// inside it with titles left out; <see cref="Role"/> a pre-name descriptor, title or appositive.
/// </summary>
internal sealed record SpeakerMention(TextSpan Span, MentionKind Kind, TextSpan? Name, string? Role, int FirstToken, int LastToken)
{
    /// <summary>For a relative pronoun: the mention it stands for.</summary>
    public SpeakerMention? Antecedent { get; init; }

    /// <summary>The noun phrase itself, without the appositive or relative clause <see cref="Span"/> may add.</summary>
    public TextSpan? HeadSpan { get; init; }

    public TextSpan Core => HeadSpan ?? Span;
}
