namespace NewsExtract.Annotation.Names;

/// <summary>A name-like span for the trained tagger to label, with what the rule spotters said of exactly that span.</summary>
/// <param name="RuleLabel">The label of the rule tagger's chosen entity with this span, or null.</param>
/// <param name="RuleCandidates">Labels any rule spotter proposed for this span, chosen or not.</param>
/// <param name="SurePerson">Whether the name spotter read the span as a person from a role set off after it
/// (<see cref="NameSpotter.RoleSourceName"/>).</param>
public sealed record NameCandidate(int Start, int End, string Text, int SentenceIndex, EntityLabel? RuleLabel, IReadOnlySet<EntityLabel> RuleCandidates,
    bool SurePerson = false);
