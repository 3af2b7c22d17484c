namespace ClaimX.Core.Compare;

/// <summary>Whether a speaker is named as a person, described as a body, or not known at all.</summary>
public enum SpeakerKind
{
    Unknown,
    Person,
    Body,
}
