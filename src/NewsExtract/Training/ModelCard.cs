using System.Globalization;
using System.Text;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>Writes <c>models/MODEL_CARD.md</c>: what the models are, what they were trained on, their features, and their cross-validated scores.</summary>
public static class ModelCard
{
    public static string Write(ModelManifest manifest, TrainingStats stats, IReadOnlyList<string> labelFolders, CrossValidationResult? cv, IReadOnlyList<string>? reviewFolders = null)
    {
        var b = new StringBuilder();
        b.AppendLine("# NewsExtract models").AppendLine();
        b.AppendLine(Invariant($"Version `{manifest.Version}`, trained {manifest.Trained} by `newsextract train` with seed {manifest.Seed}. Feature set `{manifest.FeatureSet}`, training data `{manifest.TrainingData}`."));
        b.AppendLine("All three are maximum-entropy classifiers (ML.NET `LbfgsMaximumEntropy`, one thread, L2 regularization) over hashed binary features (2^16 slots).").AppendLine();
        b.AppendLine("| model | file | decides | classes | training rows |").AppendLine("|---|---|---|---|---|");
        var decides = new Dictionary<string, string>
        {
            ["name-tagger"] = "the label of each name-like span (rule proposals and capitalized runs)",
            ["fact-scorer"] = "keep or drop each rule fact candidate at its type's threshold (below); p(keep) is the confidence",
            ["export-relation"] = "the relation of each kept export control",
        };
        foreach (var model in manifest.Models)
            b.AppendLine(Invariant($"| {model.Name} | `{model.File}` | {decides.GetValueOrDefault(model.Name, "")} | {string.Join(", ", model.Classes)} | {model.Examples} |"));
        b.AppendLine();
        b.AppendLine("Keep thresholds of the fact scorer: " + string.Join(", ", manifest.KeepThresholds.Select(k => Invariant($"{k.Key} {(k.Value is { } t ? $"p >= {t}" : "by the rule (confidence >= 0.5)")}"))) + ".");
        b.AppendLine();
        b.AppendLine("## Data").AppendLine();
        var folders = string.Join(", ", labelFolders.Concat(reviewFolders ?? []).Select(f => $"`{f}`"));
        b.AppendLine(Invariant($"{stats.Documents} hand-labelled documents from {folders} (folders named `blind` are never read). The rule candidates over the trained tagger's entities match {stats.GoldFactsFound} of {stats.GoldFacts} gold facts ({Percent(stats.GoldFactsFound, stats.GoldFacts)}): the ceiling of any decision stage on the training data."));
        if (stats.ReviewedDocuments > 0)
        {
            var reviews = string.Join(", ", (reviewFolders ?? []).Select(f => $"`{f}`"));
            b.AppendLine(Invariant($"The facts of {stats.ReviewedDocuments} of them are reviewed extract outputs from {reviews} (facts only, no name-tagger rows unless a label folder has the same document); {stats.CandidatesLeftOut} candidates the reviewers did not judge (no accepted, fixed, added or rejected row matches them) were left out."));
        }
        b.AppendLine();
        b.AppendLine("## Features").AppendLine();
        b.AppendLine("- name tagger: the span's words, shapes, prefixes and suffixes; two words either side and their shapes; title words, verbs of saying, apposition, possessive and \"according to\" cues; organization head words, place and demonym gazetteers, a given-name list of many languages; what the rule spotters proposed for the span; whether its words occur in lower case or recur elsewhere in the document; sentence-initial and first-sentence flags.");
        b.AppendLine("- fact scorer: the fact type crossed with the rule's relation, pattern confidence, unit, amount range, filled fields, subject's entity label and length, modality, rank among the alternatives for the same figure, quote or goods, sentence position and crowding, hedge and negation cues.");
        b.AppendLine("- relation classifier: the rule's relation, the words before the controlled goods (alone and crossed with the rule's relation), hedge and negation cues; it overrides the rule only at p >= 0.6 when the rule's relation has p <= 0.25.");
        b.AppendLine();
        b.AppendLine("## Cross-validated scores").AppendLine();
        if (cv is null)
        {
            b.AppendLine("Not run for this set (`--no-cv`).");
            return b.ToString();
        }
        var how = cv.Folds == stats.Documents
            ? $"Leave-one-document-out over the {stats.Documents} documents: each document is scored with models trained on all the others."
            : $"{cv.Folds}-fold cross-validation by document over the {stats.Documents} documents.";
        b.AppendLine(Invariant($"{how} Candidate ceiling (share of gold facts some rule candidate matches, relation aside): {cv.CandidateCeiling:0.000}. For each fact type, the keep threshold is the one of {string.Join(", ", CrossValidation.Thresholds)}, or the rule's own decision, with the best cross-validated F1 of that type (differences below {CrossValidation.RuleMargin} are ties, which go to the rule's decision, else to the lowest threshold), so the rules + ML row is slightly optimistic."));
        b.AppendLine();
        b.AppendLine("| | facts P / R / F1 | entities P / R / F1 |").AppendLine("|---|---|---|");
        b.AppendLine(Invariant($"| rules only | {Prf(cv.RulesOnly.FactMicro)} | {Prf(cv.RulesOnly.EntityMicro)} |"));
        b.AppendLine(Invariant($"| rules on the trained tagger's entities, no fact models | {Prf(cv.TaggerOnly.FactMicro)} | {Prf(cv.TaggerOnly.EntityMicro)} |"));
        b.AppendLine(Invariant($"| rules + ML | {Prf(cv.WithModels.FactMicro)} | {Prf(cv.WithModels.EntityMicro)} |"));
        b.AppendLine();
        b.AppendLine("| fact type / entity label | rules only F1 | rules on the tagger's entities F1 | rules + ML F1 |").AppendLine("|---|---|---|---|");
        foreach (var row in cv.RulesOnly.FactTypes)
            b.AppendLine(Invariant($"| {row.Name} | {row.Score.F1:0.000} | {F1Of(cv.TaggerOnly.FactTypes, row.Name):0.000} | {F1Of(cv.WithModels.FactTypes, row.Name):0.000} |"));
        foreach (var row in cv.RulesOnly.EntityLabels)
            b.AppendLine(Invariant($"| {row.Name} | {row.Score.F1:0.000} | {F1Of(cv.TaggerOnly.EntityLabels, row.Name):0.000} | {F1Of(cv.WithModels.EntityLabels, row.Name):0.000} |"));
        return b.ToString();
    }

    private static double F1Of(IReadOnlyList<CategoryScore> rows, string name) => rows.FirstOrDefault(r => r.Name == name)?.Score.F1 ?? 0;

    private static string Prf(Prf s) => Invariant($"{s.Precision:0.000} / {s.Recall:0.000} / **{s.F1:0.000}**");

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : Invariant($"{100.0 * part / whole:0.0}%");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
