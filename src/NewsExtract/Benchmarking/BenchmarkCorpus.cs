using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;

namespace NewsExtract.Benchmarking;

/// <summary>One generated article: its file name, the body text (what the benchmark's size counts) and the file's content.</summary>
public sealed record BenchmarkArticle(string FileName, string Body, string Content);

/// <summary>
/// A synthetic, seedable corpus for <c>bench</c>: trade-news articles built from invented sentence templates covering all
/// seven fact types, with invented people and companies, half plain text and half HTML pages with site chrome.
/// </summary>
/// <remarks>Everything is drawn from <see cref="Random"/> instances seeded from the seed (never <see cref="Random.Shared"/>),
/// so a seed always gives byte-identical files; article i depends only on the seed and i, not on how many are generated.</remarks>
public static class BenchmarkCorpus
{
    /// <summary>Body text per article, in characters (all ASCII, so also bytes): within the 3-8 KB the benchmark asks for.</summary>
    public const int MinBody = 3_100, MaxBody = 7_900;

    // The longest template filled in stays well under this, so stopping once past the target keeps the body under MaxBody.
    private const int TargetMax = MaxBody - 500;

    private static readonly IReadOnlyList<string> Countries = ["China", "Japan", "Germany", "Chile", "Australia", "Indonesia", "Canada", "Brazil", "India", "South Korea"];
    private static readonly IReadOnlyList<string> Cities = ["Geneva", "Tokyo", "Berlin", "Santiago", "Jakarta", "Ottawa", "London", "Singapore", "Seoul", "Paris"];
    private static readonly IReadOnlyList<string> Commodities = ["copper", "nickel", "lithium", "cobalt", "aluminium", "zinc", "tin", "graphite", "gallium", "germanium"];
    private static readonly IReadOnlyList<string> Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly IReadOnlyList<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly IReadOnlyList<string> MinisterTitles = ["Trade Minister", "Commerce Minister", "Industry Minister", "Finance Minister"];
    private static readonly IReadOnlyList<string> CompanyTitles = ["chief executive", "chief financial officer", "head of trading", "chairman"];
    private static readonly IReadOnlyList<string> Syllables = ["ka", "lo", "ven", "dra", "mi", "tor", "sa", "rel", "qua", "bin", "ost", "ela", "dur", "fen", "gar", "ith", "nor", "pel", "ru", "zan"];
    private static readonly IReadOnlyList<string> CompanySuffixes = ["Metals", "Mining", "Resources", "Minerals", "Holdings"];
    private static readonly IReadOnlyList<string> QuoteTexts =
    [
        "We expect supply to remain tight for the rest of the year",
        "Buyers are not ready for another shock in this market",
        "The new rules will change how smelters plan their purchases",
        "Nobody in the industry saw this decision coming so quickly",
        "Stockpiles are thin and every delay shows up in the price",
    ];

    /// <summary>Fact sentences by type; each placeholder is filled from the article's random source.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> FactTemplates =
    [
        [ // export_control
            "{Country} announced export controls on {commodity} and related processing technology on {Month} {day}.",
            "{Country} will restrict exports of {commodity} to {Country2} from {Month} {day}, the commerce ministry said.",
            "{Country} banned shipments of {commodity} to {Country2} last week, citing national security.",
            "The government of {Country} imposed export licensing requirements on {commodity} on {Weekday}.",
        ],
        [ // price
            "{Commodity} traded at ${tonne} a tonne in {City} on {Weekday}, traders said.",
            "Spot {commodity} was quoted at ${pound} per pound on {Weekday}.",
            "Brent crude settled at ${barrel} a barrel on {Weekday} as traders weighed demand from {Country}.",
            "Benchmark {commodity} prices stood at ${tonne} per tonne at the close in {City}.",
        ],
        [ // price_change
            "{Commodity} prices rose {pct}% to ${tonne} a tonne on {Weekday}.",
            "{Commodity} fell {pct}% over the week as demand from {Country} weakened.",
            "The price of {commodity} jumped {pct} percent in {Month}, the steepest gain this year.",
            "Oil prices dropped {pct}% to ${barrel} a barrel after the announcement.",
        ],
        [ // official_role
            "{Demonym} {MinisterTitle} {Person} said the measures would be reviewed before the end of the year.",
            "{Person}, {CompanyTitle} of {Company}, said the company would look for new suppliers.",
            "{Person}, the {CompanyTitle} of {Company}, told analysts that output would rise.",
            "{Demonym} {MinisterTitle} {Person} defended the policy in parliament on {Weekday}.",
        ],
        [ // meeting
            "{Demonym} {MinisterTitle} {Person} met {Demonym2} {MinisterTitle2} {Person2} in {City} on {Month} {day} to discuss {commodity} supplies.",
            "Officials from {Country} and {Country2} held talks in {City} on {Weekday} about {commodity} trade.",
            "{Person} will meet {Person2} in {City} next week to discuss export licences.",
        ],
        [ // statistic
            "{Country} accounts for {share}% of global {commodity} output.",
            "Exports of {commodity} from {Country} rose to {thousands} tonnes in {Month}, customs data showed.",
            "{Country} produced {millions} million tonnes of {commodity} last year, according to industry data.",
            "Imports of {commodity} into {Country} fell {pct}% in {Month} from a year earlier.",
        ],
        [ // quote
            "\"{Quote},\" said {Person}, {CompanyTitle} of {Company}.",
            "{Person}, {CompanyTitle} of {Company}, said: \"{Quote}.\"",
            "\"{Quote},\" {Demonym} {MinisterTitle} {Person} told reporters in {City}.",
        ],
    ];

    private static readonly IReadOnlyList<string> Fillers =
    [
        "Market participants were cautious ahead of the holiday period.",
        "Analysts said the outlook for the second half remained uncertain.",
        "Freight costs have also weighed on margins across the sector.",
        "Several smelters have delayed maintenance to keep output steady.",
        "The decision was widely expected by traders and consumers alike.",
        "Inventories in bonded warehouses have been falling for several weeks.",
    ];

    private static readonly FrozenDictionary<string, string> DemonymOf = new Dictionary<string, string>
    {
        ["China"] = "Chinese", ["Japan"] = "Japanese", ["Germany"] = "German", ["Chile"] = "Chilean", ["Australia"] = "Australian",
        ["Indonesia"] = "Indonesian", ["Canada"] = "Canadian", ["Brazil"] = "Brazilian", ["India"] = "Indian", ["South Korea"] = "South Korean",
    }.ToFrozenDictionary();

    /// <summary>The fact types the templates cover, in template order.</summary>
    public static IReadOnlyList<string> FactTypes { get; } = ["export_control", "price", "price_change", "official_role", "meeting", "statistic", "quote"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        return [.. Generate(count, seed).Select(article =>
        {
            var path = Path.Combine(directory, article.FileName);
            File.WriteAllText(path, article.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        })];
    }

    /// <summary>Writes <paramref name="count"/> long plain-text documents of <paramref name="kilobytes"/> KB each (1 KB = 1,024
    /// characters), each the bodies of consecutive generated articles joined by blank lines and cut to length, for the
    /// length sweep: how time grows with the length of one document.</summary>
    public static IReadOnlyList<string> WriteLong(string directory, int count, int kilobytes, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(kilobytes, 1);
        Directory.CreateDirectory(directory);
        using var articles = Generate(int.MaxValue, seed).GetEnumerator();
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder(kilobytes * 1024 + MaxBody);
            while (text.Length < kilobytes * 1024 && articles.MoveNext())
                text.Append(articles.Current.Body).Append("\n\n");
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"long{i:000}_{kilobytes}kb.txt"));
            File.WriteAllText(path, text.ToString(0, Math.Min(text.Length, kilobytes * 1024)), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            paths.Add(path);
        }

        return paths;
    }

    public static IEnumerable<BenchmarkArticle> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pools = Pools.Create(new Random(seed));
        for (var i = 0; i < count; i++)
        {
            // One source per article, so article i is the same whatever the count.
            yield return Article(i, pools, new Random(unchecked((seed * 1_000_003) + i)));
        }
    }

    /// <summary>Invented people and companies: syllable-built, so no real person is named.</summary>
    private sealed record Pools(IReadOnlyList<string> People, IReadOnlyList<string> Companies)
    {
        public static Pools Create(Random random)
        {
            string Word(int syllables)
            {
                var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Count)]));
                return char.ToUpperInvariant(word[0]) + word[1..];
            }

            var people = Enumerable.Range(0, 40).Select(_ => $"{Word(2)} {Word(3)}").Distinct().ToList();
            var companies = Enumerable.Range(0, 20).Select(_ => $"{Word(3)} {CompanySuffixes[random.Next(CompanySuffixes.Count)]}").Distinct().ToList();
            return new Pools(people, companies);
        }
    }

    private static BenchmarkArticle Article(int index, Pools pools, Random random)
    {
        var target = random.Next(MinBody + 200, TargetMax);
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        var length = 0;
        // Every type once (in a random order) before anything else, so each article carries all seven.
        var order = Enumerable.Range(0, FactTemplates.Count).OrderBy(_ => random.Next()).ToList();
        var emitted = 0;
        while (length < target)
        {
            var sentence = emitted < order.Count
                ? Fill(Pick(random, FactTemplates[order[emitted]]), pools, random)
                : random.Next(4) == 0 ? Pick(random, Fillers) : Fill(Pick(random, Pick(random, FactTemplates)), pools, random);
            emitted++;
            paragraph.Add(sentence);
            length += sentence.Length + 1;
            if (paragraph.Count >= random.Next(2, 5))
            {
                paragraphs.Add(string.Join(" ", paragraph));
                paragraph.Clear();
                length += 1;
            }
        }

        if (paragraph.Count > 0)
            paragraphs.Add(string.Join(" ", paragraph));
        var headline = Fill("{Commodity} markets react as {Country} weighs new trade measures", pools, random);
        var body = string.Join("\n\n", paragraphs);
        var name = string.Create(CultureInfo.InvariantCulture, $"bench-{index:000000}");
        return index % 2 == 0
            ? new BenchmarkArticle(name + ".txt", body, headline + "\n\n" + body + "\n")
            : new BenchmarkArticle(name + ".html", body, Html(headline, paragraphs, pools, random));
    }

    /// <summary>A saved news page: the article inside navigation, a cookie banner, related links and a footer, as real pages carry.</summary>
    private static string Html(string headline, IReadOnlyList<string> paragraphs, Pools pools, Random random)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").Append(Encode(headline)).Append(" | Metals Wire</title></head>\n<body>\n");
        html.Append("<div class=\"cookie-banner\"><p>We use cookies to improve your experience. <a href=\"/privacy\">Privacy policy</a> <button>Accept all</button></p></div>\n");
        html.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/markets\">Markets</a></li><li><a href=\"/policy\">Policy</a></li><li><a href=\"/metals\">Metals</a></li></ul></nav>\n");
        html.Append("<article>\n<h1>").Append(Encode(headline)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        html.Append("</article>\n<aside class=\"related\"><h2>Related stories</h2><ul>\n");
        for (var i = 0; i < 3; i++)
            html.Append("<li><a href=\"/story/").Append(random.Next(100_000)).Append("\">").Append(Encode(Fill("{Commodity} outlook for {Country}", pools, random))).Append("</a></li>\n");
        html.Append("</ul></aside>\n<footer><p>Copyright Metals Wire. All rights reserved.</p><a href=\"/terms\">Terms</a> <a href=\"/contact\">Contact</a></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Fill(string template, Pools pools, Random random)
    {
        var country = Pick(random, Countries);
        var country2 = Pick(random, Countries.Where(c => c != country).ToList());
        var commodity = Pick(random, Commodities);
        var person = Pick(random, pools.People);
        var person2 = Pick(random, pools.People.Where(p => p != person).ToList());
        var values = new Dictionary<string, string>
        {
            ["Country"] = country, ["Country2"] = country2, ["Demonym"] = DemonymOf[country], ["Demonym2"] = DemonymOf[country2],
            ["City"] = Pick(random, Cities), ["commodity"] = commodity, ["Commodity"] = char.ToUpperInvariant(commodity[0]) + commodity[1..],
            ["Month"] = Pick(random, Months), ["day"] = Number(random.Next(1, 29)), ["Weekday"] = Pick(random, Weekdays),
            ["Person"] = person, ["Person2"] = person2, ["Company"] = Pick(random, pools.Companies),
            ["MinisterTitle"] = Pick(random, MinisterTitles), ["MinisterTitle2"] = Pick(random, MinisterTitles), ["CompanyTitle"] = Pick(random, CompanyTitles),
            ["tonne"] = Number(random.Next(1_000, 40_000) * 5, "N0"), ["pound"] = Number(random.Next(100, 1_500) / 100.0, "0.00"),
            ["barrel"] = Number(random.Next(5_000, 12_000) / 100.0, "0.00"), ["pct"] = Number(random.Next(5, 150) / 10.0, "0.#"),
            ["share"] = Number(random.Next(10, 90)), ["thousands"] = Number(random.Next(10, 900) * 1_000, "N0"),
            ["millions"] = Number(random.Next(2, 90) / 10.0, "0.0"), ["Quote"] = Pick(random, QuoteTexts),
        };
        var text = new StringBuilder(template);
        foreach (var (key, value) in values)
            text.Replace("{" + key + "}", value);
        return text.ToString();
    }

    private static string Number(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);
}
