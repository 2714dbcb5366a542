using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>Reduces commodity mentions to their element: "dysprosium oxide" is dysprosium; elements joined by a
/// hyphen or slash ("neodymium-praseodymium") are one mixed product.</summary>
public static class CommoditySubjects
{
    public sealed record Commodity(string Name, int Start, int End);

    public static IReadOnlyList<Commodity> In(SentenceView view, int from, int to)
    {
        var elements = view.Within(from, to).Where(e => e.Label == EntityLabel.ELEMENT).ToList();
        var result = new List<Commodity>();
        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            if (i + 1 < elements.Count && view.Folded[view.RelEnd(e)..view.Rel(elements[i + 1])] is "-" or "/")
            {
                var next = elements[i + 1];
                result.Add(new Commodity($"{e.Normalized}-{next.Normalized}", view.Rel(e), view.RelEnd(next)));
                i++;
                continue;
            }
            result.Add(new Commodity(e.Normalized, view.Rel(e), view.RelEnd(e)));
        }
        return result;
    }
}
