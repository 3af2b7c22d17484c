namespace ClaimX.Core.Lexicons;

/// <summary>What kind of attribution a cue makes, so that callers can weigh cues differently.</summary>
public enum CueClass : byte
{
    /// <summary>A verb or phrase of saying: said, told, announced, according to.</summary>
    Speech,
    /// <summary>An attributed belief: believes, thinks, expects.</summary>
    Belief,
    /// <summary>An attributed intention: wants, plans, hopes.</summary>
    Intention,
    /// <summary>An evaluative act whose object is the content: criticized X, praised X, cited X.</summary>
    Stance,
}

/// <summary>One cue form: its lemma ("say" for "said"), class, and how many words the form has.</summary>
public readonly record struct CueEntry(string Lemma, CueClass Class, int WordCount, CueForm Form);

/// <summary>The inflection a cue form shows, which decides where its subject is.</summary>
public enum CueForm : byte
{
    /// <summary>A finite or base form (says, said, say).</summary>
    Finite,
    /// <summary>A present participle (saying, adding): its subject is that of the main clause.</summary>
    Participle,
    /// <summary>A preposition-like cue whose source follows it (according to).</summary>
    Source,
}
