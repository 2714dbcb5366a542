using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Scoring;

namespace NewsExtract.Tests.TestSupport;

internal static class Samples
{
    public static Fact Price(string docId = "doc1", double? amount = 610, string subject = "dysprosium") => new(
        "", docId, FactTypes.Price, subject, "price", "Kestrel Media", amount, "USD/kg", "XXXX-03-03", "", "asserted",
        0.9, "rule:price", "As of March 3, dysprosium was trading at USD 610 per kilogram.", 10, 70);

    public static FactFields Fields(
        string factType,
        string subject = "",
        string relation = "",
        string obj = "",
        double? amount = null,
        string unit = "",
        string date = "",
        string place = "",
        string modality = "asserted") =>
        new(factType, subject, relation, obj, amount, unit, date, place, modality);

    public static Fact ToFact(this FactFields f, string docId) =>
        new("", docId, f.FactType, f.Subject, f.Relation, f.Object, f.Amount, f.Unit, f.Date, f.Place, f.Modality, 0.5, "test", "", 0, 0);

    public static Entity Entity(EntityLabel label, string text, int start, string normalized) =>
        new(label, text, start, start + text.Length, normalized, "test");
}
