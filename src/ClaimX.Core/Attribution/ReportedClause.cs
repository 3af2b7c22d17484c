using ClaimX.Core.Text;
using ClaimX.Core.Claims;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// The bounds of a reported clause around its cue: where it starts (after an addressee, a time adjunct, "that"),
/// where it ends (the sentence end, before a writer's participle comment), and the claim made from them.
/// </summary>
internal static class ReportedClause
{
    // How far after the cue a "that" may open the clause ("told Fox News' Bret Baier on Monday that").
    private const int ThatReach = 12;

    private static readonly WordSet ObjectVerbs = WordSet.FromResource("object-verbs.txt");
    private static readonly WordSet ClauseOpeners = WordSet.FromResource("clause-openers.txt");
    private static readonly WordSet Auxiliaries = ClauseLexicons.Auxiliaries;
    private static readonly WordSet Subordinators = ClauseLexicons.Subordinators;
    private static readonly WordSet AdjunctOpeners = ClauseLexicons.AdjunctOpeners;
    private static readonly WordSet ClauseMarkers = ClauseLexicons.ClauseMarkers;
    private static readonly WordSet QuoteOnlyCues = WordSet.FromResource("quote-only-cues.txt");
    private static readonly WordSet NonSpeechSenses = WordSet.FromResource("non-speech-senses.txt");
    private static readonly WordSet NamingVerbs = WordSet.FromResource("naming-verbs.txt");
    private static readonly WordSet IrregularPast = ClauseLexicons.IrregularPast;
    private static readonly WordSet PrepositionalParticiples = WordSet.FromResource("prepositional-participles.txt");
    private static readonly WordSet PossessiveDeterminers = WordSet.FromResource("possessive-determiners.txt");
    private static readonly WordSet ObjectPronouns = WordSet.FromResource("object-pronouns.txt");
    private static readonly WordSet PredicateAdjectiveNouns = WordSet.FromResource("predicate-adjective-nouns.txt");
    private static readonly string[] PredicateAdjectiveEndings = [.. LexiconResource.ReadLines("predicate-adjective-endings.txt")];
    private static readonly WordSet DocumentNouns = WordSet.FromResource("document-nouns.txt");
    private static readonly WordSet ContentNouns = WordSet.FromResource("content-nouns.txt");
    private static readonly Dictionary<string, string[]> ObjectPredicates = LoadObjectPredicates();
    private static readonly WordSet PlainReportingVerbs = WordSet.FromResource("plain-reporting-verbs.txt");

    /// <summary>Whether the cue reports only right next to a quotation ("“Q,” she continued").</summary>
    public static bool IsQuoteOnly(Cue cue) => QuoteOnlyCues.Contains(cue.Entry.Lemma);

    // Where the reported clause starts: after the addressee ("told reporters"), a time adjunct before a clause
    // ("said Tuesday he"), a short adjunct ending in "that" ("said in a tweet that"), and "that" itself. -1 when
    // no clause follows: stance, belief and intention verbs and verbs that also take a plain object ("released a
    // new album", "found the car") report only a clausal or quoted complement.
    public static int ContentStart(ClauseView view, Cue cue, SpeakerMention? subject = null)
    {
        if (QuoteOnlyCues.Contains(cue.Entry.Lemma))
        {
            return -1;
        }
        int end = ClauseEnd(view, cue.First);
        int t = cue.Last + 1;
        bool addressee = ObjectVerbs.Contains(cue.Entry.Lemma);
        for (int i = t; i < Math.Min(end, t + ThatReach); i++)
        {
            if (view.IsWord(i, "that"))
            {
                // "said that", "told the board that", "said in a statement that", "said Friday that"; but in
                // "announced a plan that would ..." the "that" opens a relative clause about the object.
                if (i == t || addressee || StartsAdjunct(view, t))
                {
                    return i + 1;
                }
                break;
            }
            if (!view.IsWord(i) && !view.Is(i, ClauseTokenKind.Comma) && !view.Is(i, ClauseTokenKind.Other))
            {
                break;
            }
            if ((view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.IsWord(i, "to"))
                || (view.TryCue(i, out _) && view.Is(i - 1, ClauseTokenKind.Comma)))
            {
                break; // "urged the board to wait, added that ...": that "that" is another cue's
            }
        }
        if (addressee)
        {
            // The addressee is left out before a clause ("told reporters the bill would pass") but is part of
            // what was urged or called for before an infinitive ("called on the group to uphold ...").
            if (SpeakerMentionParser.After(view, t, end) is { } mention)
            {
                if (view.IsWord(mention.LastToken + 1, "to"))
                {
                    return t;
                }
                t = mention.LastToken + 1;
            }
            else if (view.IsWord(t) && view.Word(t) is var w && (w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                || w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase)))
            {
                t++;
            }
        }
        while (t < end && (view.Is(t, ClauseTokenKind.Comma) || view.Is(t, ClauseTokenKind.Colon)))
        {
            t++;
        }
        t = AfterTimeAdjunct(view, t, end);
        t = AfterAdjunct(view, t, end);
        if (t >= end || view.InSet(t, AdjunctOpeners))
        {
            return -1;
        }
        // "Health worries have dogged ...", "a report released last year found": an auxiliary or a participle
        // with its own adjunct after the cue word shows that the word is a noun ("said armed men" stays a clause).
        if ((view.IsLower(t) && view.InSet(t, Auxiliaries)) || (view.IsLower(t) && view.Word(t).EndsWith("ed", StringComparison.Ordinal)
            && (view.InSet(t + 1, SpeakerLexicons.ObjectPrepositions) || view.InSet(t + 1, SpeakerLexicons.TimeWords)
                || view.InSet(t + 1, SpeakerLexicons.Determiners) || view.Is(t + 1, ClauseTokenKind.Comma))))
        {
            return -1;
        }
        if (PlainReportingVerbs.Contains(cue.Entry.Lemma))
        {
            return t; // verbs of saying report whatever follows: "said the plan was dead"
        }
        // "expects prices to rise", "called for the board to resign"; but "found a way to cut costs" and "released
        // a statement to the press" have an infinitive or phrase of purpose, not a clause about the object.
        bool infinitive = (cue.Entry.Class is CueClass.Belief or CueClass.Intention || cue.Entry.WordCount > 1 || addressee) && ObjectThenInfinitive(view, t, end);
        bool clausal = OpensClause(view, t, end) || infinitive || QuotedComplement(view, t, end)
            || ObjectThenGerund(view, t, end) || ObjectIsContentNoun(view, t, end);
        return cue.Entry.Class switch
        {
            // "criticized the plan as reckless": an "as" predicate is a small clause about the object.
            // A phrasal act of speech names what was demanded or warned of: "called for a ceasefire".
            CueClass.Stance => clausal || view.IsWord(t, "to") || AsPredicate(view, t, end) || NamingPredicate(view, cue, t, end)
                || PrepositionalPredicate(view, cue, t, end)
                || (cue.Entry.WordCount > 1 && !NonSpeechSenses.Contains(cue.Entry.Lemma) && view.IsWord(t) && !view.InSet(t, SpeakerLexicons.ClauseBreaks)
                    && !view.InSet(t, SpeakerLexicons.ObjectPrepositions)) ? t : -1,
            // "wants to ...", "plans to ...", or a clause: "hopes (that) he will".
            CueClass.Intention => clausal || view.IsWord(t, "to") ? t : -1,
            CueClass.Belief => clausal ? t : -1,
            // Verbs of speech report a clause, an infinitive of what was promised or urged ("pledged to impose"),
            // a quotation, or a noun phrase that names what was said ("announced the arrest of a man", as PolNeAR's
            // annotators count it), unless the verb has a sense that is not speech ("found the car").
            _ => clausal || view.IsWord(t, "to") || NounObjectIsContent(view, cue, t, subject) ? t : -1,
        };
    }

    // The object names what was said, unless the verb has a sense that is not speech; even then a document or
    // piece of evidence as subject makes it a finding ("The survey showed a close race").
    private static bool NounObjectIsContent(ClauseView view, Cue cue, int t, SpeakerMention? subject) =>
        (view.InSet(t, ClauseOpeners) || (view.IsCapitalized(t) && !view.InSet(t, SpeakerLexicons.TimeWords)))
        && (!NonSpeechSenses.Contains(cue.Entry.Lemma) || (subject is not null && NamesDocument(view, subject)));

    private static bool NamesDocument(ClauseView view, SpeakerMention subject)
    {
        for (int t = subject.FirstToken; t <= subject.LastToken; t++)
        {
            if (view.IsLower(t) && view.InSet(t, DocumentNouns))
            {
                return true;
            }
        }
        return false;
    }

    // "said Tuesday he", "said on Monday the plan", "said this week that": a time adjunct is skipped only when a
    // clause follows it. Otherwise its words are the clause's subject ("said this would never happen", "said last
    // season was the hardest", "said May would be the deadline").
    private static int AfterTimeAdjunct(ClauseView view, int t, int end)
    {
        int u = t;
        if (view.IsLower(u) && view.InSet(u, SpeakerLexicons.ObjectPrepositions) && view.InSet(u + 1, SpeakerLexicons.TimeWords))
        {
            u++;
        }
        int words = 0;
        while (u < end && (view.InSet(u, SpeakerLexicons.TimeWords) || (words > 0 && IsNumber(view, u))))
        {
            u++;
            words++;
        }
        while (words > 0 && u < end && view.Is(u, ClauseTokenKind.Comma))
        {
            u++;
        }
        if (words == 0 || u >= end)
        {
            return t;
        }
        if (view.InSet(u, AdjunctOpeners))
        {
            return u; // "said Friday as he entered the talks": no clause at all
        }
        bool clauseFollows = view.IsWord(u, "that") || view.InSet(u, ClauseOpeners) || view.InSet(u, ClauseMarkers)
            || (view.IsCapitalized(u) && !view.InSet(u, SpeakerLexicons.TimeWords));
        return clauseFollows ? u : t;
    }

    private static bool IsNumber(ClauseView view, int t) => view.IsWord(t) && char.IsDigit(view.Text[view.Tokens[t].Start]);

    // What lies between a cue and a "that" is an adjunct when it starts with a preposition, a time word, an
    // adverb or a comma: "said in a statement that", "said Friday that", "argued repeatedly that", "said, however, that".
    private static bool StartsAdjunct(ClauseView view, int t) =>
        view.Is(t, ClauseTokenKind.Comma) || (view.IsLower(t) && view.InSet(t, SpeakerLexicons.ObjectPrepositions))
        || view.InSet(t, SpeakerLexicons.TimeWords) || view.IsLyAdverb(t);

    // A clause starts with a word that only opens clauses ("he", "there", "whether"), or is a noun phrase with a
    // finite verb after it: an auxiliary within a few words ("electric utilities would ..."), or a past-tense
    // verb with its own object ("the economy faced a recession"). A plain object has neither: "found the car
    // abandoned near the river", "thanked the volunteers who ...".
    public static bool OpensClause(ClauseView view, int t, int end)
    {
        if (view.IsWord(t, "to"))
        {
            return false;
        }
        if (view.InSet(t, ClauseMarkers))
        {
            return true;
        }
        for (int i = t + 1; i < Math.Min(end, t + 8); i++)
        {
            if (!view.IsWord(i))
            {
                return false;
            }
            if (view.InSet(i, Auxiliaries))
            {
                return true;
            }
            if (view.IsWord(i, "who") || view.IsWord(i, "which") || view.IsWord(i, "that") || view.IsWord(i, "whom"))
            {
                return false;
            }
            if (view.InSet(i, IrregularPast))
            {
                return true;
            }
            // A regular past or present verb is told from a participle or plural noun by the object it takes:
            // "the economy faced a recession", "the plan violates the law"; not "the car abandoned near".
            if (view.IsLower(i) && view.Word(i) is var word && word.Length > 3
                && (word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)))
                && (view.InSet(i + 1, SpeakerLexicons.Determiners) || IsNumber(view, i + 1)))
            {
                return true;
            }
        }
        return false;
    }

    // "expects prices to rise", "urged the board to wait": a short noun phrase and an infinitive after it.
    private static bool ObjectThenInfinitive(ClauseView view, int t, int end)
    {
        for (int i = t + 1; i < Math.Min(end - 1, t + 6); i++)
        {
            if (!view.IsWord(i) || (view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.IsWord(i, "to")))
            {
                return false;
            }
            if (view.IsWord(i, "to"))
            {
                // An infinitive's verb is a bare lower-case word: not "to the fans", "to 40 people", "to fans".
                var verb = view.Word(i + 1);
                return view.IsLower(i + 1) && !view.InSet(i + 1, SpeakerLexicons.Determiners) && !view.InSet(i + 1, ClauseOpeners)
                    && !(verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal));
            }
        }
        return false;
    }

    // "rejected the allegations", "welcomed the court's decision": an object headed by a noun for something
    // said or proposed carries a proposition; "thanked the volunteers" does not.
    private static bool ObjectIsContentNoun(ClauseView view, int t, int end)
    {
        for (int i = t; i < Math.Min(end, t + 6); i++)
        {
            if (!view.IsWord(i) || view.InSet(i, SpeakerLexicons.ClauseBreaks) || (i > t && view.IsLower(i) && view.InSet(i, SpeakerLexicons.ObjectPrepositions)))
            {
                return false;
            }
            // The noun must head the phrase, not modify the next noun ("the plan documents").
            bool head = !view.IsWord(i + 1) || view.InSet(i + 1, SpeakerLexicons.ObjectPrepositions) || view.InSet(i + 1, SpeakerLexicons.ClauseBreaks);
            if (head && view.IsLower(i) && view.InSet(i, ContentNouns))
            {
                return true;
            }
        }
        return false;
    }

    // "criticized the media for being dishonest", "accused the firm of hiding losses": a gerund clause after the
    // object says what the act was about.
    private static bool ObjectThenGerund(ClauseView view, int t, int end)
    {
        for (int i = t + 1; i < Math.Min(end - 1, t + 8); i++)
        {
            if (!view.IsWord(i))
            {
                return false;
            }
            if (view.IsWord(i, "over") && view.InSet(i + 1, PossessiveDeterminers) && view.IsWord(i + 2) && view.IsLower(i + 2))
            {
                return true; // "criticized the minister over his remarks": what the act was about
            }
            if (view.IsWord(i, "for") || view.IsWord(i, "of"))
            {
                int verb = view.IsWord(i + 1, "not") ? i + 2 : i + 1;
                if (view.Is(verb, ClauseTokenKind.QuoteOpen) && view.QuoteOf(verb + 1) is var q && q >= 0)
                {
                    return true; // "accused the regime of “fanatic recklessness”": the charge in the speaker's words
                }
                if (view.IsWord(i, "for") && view.InSet(i + 1, PossessiveDeterminers) && view.IsWord(i + 2) && view.IsLower(i + 2))
                {
                    return true; // "attacked the senator for her vote": the reason names what the speaker objects to
                }
                return view.IsLower(verb) && view.Word(verb) is var w && w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal);
            }
        }
        return false;
    }

    // "likened the tax to theft", "blamed the delays on the strike": the object with its listed preposition.
    private static bool PrepositionalPredicate(ClauseView view, Cue cue, int t, int end)
    {
        if (!ObjectPredicates.TryGetValue(cue.Entry.Lemma, out var prepositions))
        {
            return false;
        }
        for (int i = t + 1; i < Math.Min(end - 1, t + 8); i++)
        {
            if (!view.IsWord(i) || (view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.IsWord(i, "to")))
            {
                return false;
            }
            if (view.IsLower(i) && view.InSet(i, SpeakerLexicons.ObjectPrepositions))
            {
                foreach (var preposition in prepositions)
                {
                    if (view.Word(i).Equals(preposition, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static Dictionary<string, string[]> LoadObjectPredicates()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in LexiconResource.ReadLines("object-predicate-verbs.txt"))
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2)
            {
                throw new InvalidDataException($"object-predicate-verbs lexicon: bad line '{line}'");
            }
            if (!map.TryGetValue(fields[0], out var list))
            {
                map[fields[0]] = list = [];
            }
            list.Add(fields[1]);
        }
        return map.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    // A finite-looking verb within three words: an auxiliary, an irregular past, or a lower-case word in -ed.
    private static bool VerbSoon(ClauseView view, int from, int end)
    {
        for (int j = from; j < Math.Min(end, from + 3); j++)
        {
            if (view.InSet(j, Auxiliaries) || view.InSet(j, IrregularPast)
                || (view.IsLower(j) && view.Word(j).Length > 3 && view.Word(j).EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    // "called the plan a disaster", "named her the winner": a verb of naming with an object and a noun-phrase
    // predicate after it. A bare object ("called the doctor") is no claim.
    private static bool NamingPredicate(ClauseView view, Cue cue, int t, int end)
    {
        if (!NamingVerbs.Contains(cue.Entry.Lemma))
        {
            return false;
        }
        // The predicate is a noun phrase opened by "a"/"an" or any quotation, even a word or two: in "called the
        // rally “a disgrace”" or "called the ruling “absurd”" the quoted words are what was said.
        bool afterPreposition = false;
        for (int i = t + 1; i < Math.Min(end, t + 8); i++)
        {
            if (view.Is(i, ClauseTokenKind.QuoteOpen))
            {
                return true;
            }
            if ((view.IsWord(i, "a") || view.IsWord(i, "an")) && !afterPreposition)
            {
                return true;
            }
            if (!view.IsWord(i) || view.InSet(i, SpeakerLexicons.ClauseBreaks))
            {
                return false;
            }
            afterPreposition |= view.InSet(i, SpeakerLexicons.ObjectPrepositions);
        }
        return AdjectivePredicate(view, t, end);
    }

    // "called the charges unsubstantiated", "deemed it unworkable": an object, then one adjective that ends the
    // clause. Without part-of-speech tags the adjective is known by its ending; the object must be a pronoun or
    // a determiner with a word, so that the adjective-looking word cannot be the object itself.
    private static bool AdjectivePredicate(ClauseView view, int t, int end)
    {
        int last = t;
        while (last + 1 < end && view.IsWord(last + 1) && !view.InSet(last + 1, SpeakerLexicons.ClauseBreaks)
            && !view.InSet(last + 1, SpeakerLexicons.ObjectPrepositions))
        {
            last++;
        }
        bool closes = last + 1 >= view.Count || !view.IsWord(last + 1) || view.InSet(last + 1, SpeakerLexicons.ClauseBreaks);
        bool objectFirst = view.InSet(t, ObjectPronouns) ? last >= t + 1 : view.InSet(t, SpeakerLexicons.Determiners) && last >= t + 2;
        if (!closes || !objectFirst || !view.IsLower(last) || view.InSet(last, PredicateAdjectiveNouns))
        {
            return false;
        }
        var word = view.Word(last);
        // "-ment" words are nouns ("called the federal government").
        if (word.Length < 6 || word.EndsWith("ment", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var ending in PredicateAdjectiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        // "unsubstantiated", "unfounded", "misguided": a negative prefix with a past participle.
        return (word.StartsWith("un", StringComparison.OrdinalIgnoreCase) || word.StartsWith("mis", StringComparison.OrdinalIgnoreCase))
            && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    // A quotation that is a claim in its own right opening the complement or right after a short object ("called
    // the plan “a gift to the wealthy”"); a scare quote ("criticized the “defensive” strike") is not one, nor a
    // quotation further on, inside a relative clause or adjunct about the object.
    private static bool QuotedComplement(ClauseView view, int t, int end)
    {
        for (int i = t; i < Math.Min(end, t + 5); i++)
        {
            if (i > t && !view.IsWord(i - 1) || view.InSet(i, SpeakerLexicons.ClauseBreaks) || view.InSet(i, SpeakerLexicons.ObjectPrepositions))
            {
                return false;
            }
            if (view.Is(i, ClauseTokenKind.QuoteOpen) && view.QuoteOf(i + 1) is var q && q >= 0
                && ClaimFilter.IsClaimQuote(view, view.Document.Quotations[q]))
            {
                return true;
            }
        }
        return false;
    }

    // "dismissed the report as baseless", "described him as a hero"; but "as the crowd cheered" is a
    // subordinate clause, not a predicate of the object.
    private static bool AsPredicate(ClauseView view, int t, int end)
    {
        for (int i = t + 1; i < Math.Min(end - 1, t + 7); i++)
        {
            if (!view.IsWord(i))
            {
                return false;
            }
            if (view.IsWord(i, "as"))
            {
                // "condemned the test as “provocative”", "dismissed the claim as being false".
                if (view.Is(i + 1, ClauseTokenKind.QuoteOpen) || view.IsWord(i + 1, "being"))
                {
                    return true;
                }
                if (!view.IsLower(i + 1) || view.InSet(i + 1, ClauseMarkers) || view.InSet(i + 1, SpeakerLexicons.ClauseBreaks))
                {
                    return false;
                }
                // "as the reason" is a predicate; "as the crowd cheered" a clause, told by its verb.
                return !view.InSet(i + 1, ClauseOpeners) || view.IsWord(i + 1, "a") || view.IsWord(i + 1, "an") || !VerbSoon(view, i + 2, end);
            }
        }
        return false;
    }

    // A clause ends at the sentence end, or earlier at a participle clause (", making him ...") or ", according to".
    public static int ClauseEnd(ClauseView view, int from)
    {
        int end = view.SentenceEnd(from);
        while (end > from + 1 && (view.Is(end - 1, ClauseTokenKind.Stop) && !view.Is(end - 2, ClauseTokenKind.QuoteClose)))
        {
            end--;
        }
        return end;
    }

    // The speaker of a finite cue is looked for back to the sentence start, or a semicolon or dash before it.
    public static int ClauseFloor(ClauseView view, int cue)
    {
        int first = view.SentenceFirst(cue);
        for (int t = cue - 1; t > first; t--)
        {
            if (view.Is(t, ClauseTokenKind.Semicolon) || view.Is(t, ClauseTokenKind.QuoteClose) || view.Is(t, ClauseTokenKind.Colon))
            {
                return t + 1;
            }
        }
        return first;
    }

    // After "C, S said" only time words or a short prepositional adjunct may follow ("in a statement Tuesday").
    public static bool RestIsAdjunct(ClauseView view, int from, int end)
    {
        if (end - from > 10)
        {
            return false;
        }
        for (int t = from; t < end; t++)
        {
            if (view.Is(t, ClauseTokenKind.QuoteOpen) || view.IsWord(t, "that"))
            {
                return false;
            }
        }
        for (int t = from; t < end; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma))
            {
                return false;
            }
        }
        return from >= end || view.InSet(from, SpeakerLexicons.TimeWords) || view.InSet(from, SpeakerLexicons.Prepositions);
    }

    // "C, the minister told reporters." / "C, she told him on Friday.": the first token after the addressee of a
    // verb that takes one, or the token after the cue.
    public static int AfterAddressee(ClauseView view, Cue cue, int end)
    {
        int t = cue.Last + 1;
        if (!ObjectVerbs.Contains(cue.Entry.Lemma) || t >= end)
        {
            return t;
        }
        if (view.IsWord(t) && view.Word(t) is var w && (w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
            || w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase)))
        {
            return t + 1;
        }
        return SpeakerMentionParser.After(view, t, end) is { } addressee ? addressee.LastToken + 1 : t;
    }

    public static bool IsSubordinator(ClauseView view, int t) => view.InSet(t, Subordinators);

    // ", adding ..." or ", as divisions deepened": what follows the cue is the writer's, not the speaker's.
    public static bool ParticipleFollows(ClauseView view, int t) =>
        view.Is(t, ClauseTokenKind.Comma) && view.IsLower(t + 1)
        && ((view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && view.Word(t + 1).Length > 4) || view.InSet(t + 1, Subordinators));

    public static int WordsBetween(ClauseView view, int from, int end)
    {
        int words = 0;
        for (int t = from; t < end; t++) if (view.IsWord(t)) words++;
        return words;
    }

    // "said in a statement it regretted", "said on Twitter they would": a short prepositional adjunct before a
    // clause that opens with a subject pronoun.
    private static int AfterAdjunct(ClauseView view, int t, int end)
    {
        if (!view.IsLower(t) || !view.InSet(t, SpeakerLexicons.ObjectPrepositions))
        {
            return t;
        }
        for (int p = t + 1; p < Math.Min(end, t + 8); p++)
        {
            if (!view.IsWord(p))
            {
                return t;
            }
            if (SpeakerLexicons.Pronouns.TryGet(view.Word(p), out _) && !view.IsWord(p, "who") || view.IsWord(p, "there"))
            {
                return p;
            }
        }
        return t;
    }

    // "CITY, Country — ..." or "CITY (Agency) - ...": an all-caps dateline opening the sentence is no part of a claim.
    private static int AfterDateline(ClauseView view, int from, int to)
    {
        // Up to a dozen tokens: "MALATYA, Turkey, Oct 14 (Reuters) -" is ten.
        for (int t = from; t < Math.Min(to, from + 12); t++)
        {
            if (view.Is(t, ClauseTokenKind.Dash))
            {
                return t > from && IsAllCaps(view, from) ? t + 1 : from;
            }
            if (!view.IsWord(t) && !view.Is(t, ClauseTokenKind.Comma) && !view.Is(t, ClauseTokenKind.ParenOpen) && !view.Is(t, ClauseTokenKind.ParenClose))
            {
                return from;
            }
        }
        return from;
    }

    private static bool IsAllCaps(ClauseView view, int t)
    {
        var word = view.Word(t);
        if (word.Length < 2)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (TextChars.IsLower(c)) return false;
        }
        return true;
    }

    public static RawClaim? Make(ClauseView view, Cue cue, SpeakerMention speaker, int from, int to)
    {
        if (from == view.SentenceFirst(from))
        {
            from = AfterDateline(view, from, to);
        }
        while (from < to && (view.Is(from, ClauseTokenKind.Comma) || view.Is(from, ClauseTokenKind.Dash) || view.IsWord(from, "that")))
        {
            from++;
        }
        while (to > from && (view.Is(to - 1, ClauseTokenKind.Comma) || view.Is(to - 1, ClauseTokenKind.Dash) || view.Is(to - 1, ClauseTokenKind.Colon)))
        {
            to--;
        }
        if (to <= from)
        {
            return null;
        }
        // Only a clause after its cue may end in the writer's comment; before a trailing cue ("C, killing two,
        // officials said") everything is what the source said.
        if (from > cue.Last)
        {
            to = CutParticipleClause(view, from, to);
            to = CutAtDash(view, from, to);
            to = CutAtCoordinatedCue(view, from, to);
            to = CutAtTrailingAttribution(view, from, to);
        }
        var content = view.SpanOf(from, to - 1);
        string kind = ClaimKinds.Indirect;
        // Mixed only when the embedded quotation is the speaker's wording in its own right; scare quotes around
        // a word or two ("said the strike was a “defensive” one") leave the claim indirect.
        for (int t = from; t < to; t++)
        {
            if (view.Is(t, ClauseTokenKind.QuoteOpen) && view.QuoteOf(t + 1) is var q && q >= 0
                && ClaimFilter.IsClaimQuote(view, view.Document.Quotations[q]))
            {
                kind = ClaimKinds.Mixed;
                break;
            }
        }
        return new RawClaim(kind, content, cue, speaker);
    }

    // "Tenants plan to march on the town hall, organiser Priya Nair said.": the clause of a cue inside a reported
    // clause ends where the report's own speaker and cue follow (", S said", ", said S", ", according to S"),
    // so that the report and the attribution it reports do not run into each other.
    private static int CutAtTrailingAttribution(ClauseView view, int from, int to)
    {
        for (int t = from + 2; t < to - 2; t++)
        {
            if (!view.Is(t, ClauseTokenKind.Comma) || view.InQuote(t))
            {
                continue;
            }
            if (view.IsWord(t + 1, "according") && view.IsWord(t + 2, "to"))
            {
                return t;
            }
            if (FiniteCueAt(view, t + 1) && SpeakerMentionParser.After(view, t + 2, to) is { } after && ClosesReport(view, after.LastToken + 1, to))
            {
                return t; // ", said the organiser."
            }
            for (int c = t + 2; c < Math.Min(to, t + 10); c++)
            {
                if (FiniteCueAt(view, c) && SpeakerMentionParser.Before(view, c, t + 1) is { } before
                    && (before.FirstToken == t + 1 || DescribedName.From(view, before, t + 1) is not null)
                    && view.TryCue(c, out var entry) && ClosesReport(view, AfterAddressee(view, new Cue(c, c, entry), to), to))
                {
                    return t;
                }
            }
        }
        return to;
    }

    // A verb of saying closes a report on its own ("C, S said."); beliefs and intentions do not ("C, S wants.").
    private static bool FiniteCueAt(ClauseView view, int t) =>
        view.IsLower(t) && view.TryCue(t, out var entry) && entry.Form == CueForm.Finite
        && entry.Class == CueClass.Speech && !QuoteOnlyCues.Contains(entry.Lemma);

    // Only a short adjunct follows the closing cue ("said on Monday"), not a complement of its own ("threaten to
    // liquidate", "insist on being").
    private static bool ClosesReport(ClauseView view, int from, int to)
    {
        if (view.IsWord(from, "to"))
        {
            return false;
        }
        for (int t = from; t < to; t++)
        {
            if (view.IsLower(t) && view.Word(t).EndsWith("ing", StringComparison.Ordinal) && !view.InSet(t, SpeakerLexicons.TimeWords))
            {
                return false;
            }
        }
        return RestIsAdjunct(view, from, to);
    }

    // "called on police to release the videos and called on people to stay calm": a second cue of the same
    // subject starts a claim of its own.
    private static int CutAtCoordinatedCue(ClauseView view, int from, int to)
    {
        for (int t = from + 2; t < to - 1; t++)
        {
            if ((view.IsWord(t, "and") || view.IsWord(t, "but")) && !view.InQuote(t))
            {
                int verb = t + 1;
                while (verb < to && (view.IsWord(verb, "also") || view.IsWord(verb, "then") || view.IsLyAdverb(verb) || IsPerfectAuxiliary(view, verb))) verb++;
                if (verb < to && view.IsLower(verb) && view.TryCue(verb, out var entry) && entry.Form == CueForm.Finite
                    && !NounAfterDeterminer(view, verb) && !CueReading.IsAttributiveAt(view, verb))
                {
                    return view.Is(t - 1, ClauseTokenKind.Comma) ? t - 1 : t;
                }
            }
        }
        return to;
    }

    // "but has said", "and had warned": a perfect still reports; "and would continue" may be a plain verb.
    private static bool IsPerfectAuxiliary(ClauseView view, int t) => view.IsWord(t, "has") || view.IsWord(t, "have") || view.IsWord(t, "had");

    private static bool NounAfterDeterminer(ClauseView view, int t) => view.InSet(t - 1, SpeakerLexicons.Determiners);

    // "... income taxes ― as was true for a few years ― Trump interrupted": a pair of dashes after the reported
    // clause sets off the writer's aside. A single dash often goes on with the speaker's own words
    // ("said the museum would tell those stories -- 'the president but also the slave'"), so it stays, and so
    // do dashes inside quotation marks.
    private static int CutAtDash(ClauseView view, int from, int to)
    {
        for (int t = from + 3; t < to - 1; t++)
        {
            if (view.Is(t, ClauseTokenKind.Dash) && !view.InQuote(t))
            {
                for (int u = t + 2; u < to; u++)
                {
                    if (view.Is(u, ClauseTokenKind.Dash) && !view.InQuote(u))
                    {
                        return t;
                    }
                }
                return to;
            }
        }
        return to;
    }

    // ", making him the first ..." adds the writer's comment to the reported clause; it is not part of it.
    public static int CutParticipleClause(ClauseView view, int from, int to)
    {
        for (int t = from + 2; t < to - 1; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma) && !view.InQuote(t) && view.IsLower(t + 1) && view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && view.Word(t + 1).Length > 5
                && !view.InSet(t + 1, PrepositionalParticiples))
            {
                return t;
            }
        }
        return to;
    }
}
