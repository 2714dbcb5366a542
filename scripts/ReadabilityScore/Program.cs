using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Ingestion;

// Scores `newsextract clean` on Mozilla Readability's test pages (see scripts/score-readability.sh).
// Usage: ReadabilityScore TEST_PAGES_DIR CLEAN_OUT_DIR INPUT_DIR
//   TEST_PAGES_DIR  <checkout>/test/test-pages (one folder per page: source.html, expected.html, expected-metadata.json)
//   CLEAN_OUT_DIR   where `clean` wrote <page>.txt
//   INPUT_DIR       the <page>.html copies `clean` read; the metadata is read from them with the same ArticleReader
//   --details       also print each wrong or missing title, byline and date beside the expected one
var details = args.Contains("--details");
args = args.Where(a => a != "--details").ToArray();
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ReadabilityScore TEST_PAGES_DIR CLEAN_OUT_DIR INPUT_DIR [--details]");
    return 2;
}

var (pagesDir, cleanDir, inputDir) = (args[0], args[1], args[2]);
var metric = new ShingleOverlap();
var reader = new ArticleReader();
var rows = new List<PageRow>();
foreach (var dir in Directory.EnumerateDirectories(pagesDir).Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(dir);
    var expectedHtml = Path.Combine(dir, "expected.html");
    var metadataPath = Path.Combine(dir, "expected-metadata.json");
    if (!File.Exists(expectedHtml) || !File.Exists(metadataPath))
        continue;

    var expectedText = ExpectedText.Of(File.ReadAllText(expectedHtml));
    var cleanPath = Path.Combine(cleanDir, name + ".txt");
    var extracted = File.Exists(cleanPath) ? File.ReadAllText(cleanPath) : string.Empty;
    var score = metric.Score(extracted, expectedText);
    var got = metric.Shingles(extracted).Values.Sum();
    var want = metric.Shingles(expectedText).Values.Sum();

    var expected = ExpectedMetadata.Read(metadataPath);
    var article = reader.Read(Path.Combine(inputDir, name + ".html")).Article;
    var nonEmptyLines = extracted.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
    rows.Add(new PageRow(
        name, score, got, want,
        HeadlineOnly: nonEmptyLines <= 1 && want >= 50,
        Title: Compare.Text(expected.Title, article?.Title),
        TitleWithoutSite: Compare.TitleWithoutSite(expected.Title, article?.Title),
        Byline: Compare.Byline(expected.Byline, article?.Byline),
        Published: Compare.Date(expected.Published, article?.Published)));
    if (details)
    {
        var row = rows[^1];
        if (row.Title is Verdict.Wrong or Verdict.Missing)
            Console.WriteLine($"  {name} title: expected [{expected.Title}] got [{Short(article?.Title)}]");
        if (row.Byline is Verdict.Wrong or Verdict.Missing or Verdict.Extra)
            Console.WriteLine($"  {name} byline: expected [{expected.Byline}] got [{article?.Byline}]");
        if (row.Published is Verdict.Wrong or Verdict.Missing)
            Console.WriteLine($"  {name} date: expected [{expected.Published}] got [{article?.Published}]");
    }
}

if (rows.Count == 0)
{
    Console.Error.WriteLine($"no test pages under {pagesDir}");
    return 3;
}

var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"{"page",-48} {"P",6} {"R",6} {"F1",6}  title byline date"));
foreach (var row in rows)
{
    Console.WriteLine(string.Create(inv,
        $"{row.Name,-48} {row.Score.Precision,6:0.000} {row.Score.Recall,6:0.000} {row.Score.F1,6:0.000}  {Mark(row.Title),-5} {Mark(row.Byline),-6} {Mark(row.Published)}{(row.HeadlineOnly ? "  HEADLINE ONLY" : "")}"));
}

// Micro: every shingle of every page counts once; recovered = P*got = R*want shingles in common.
double common = rows.Sum(r => r.Score.Precision * r.Got);
double gotTotal = rows.Sum(r => r.Got), wantTotal = rows.Sum(r => r.Want);
var micro = new OverlapScore(gotTotal == 0 ? 0 : common / gotTotal, wantTotal == 0 ? 0 : common / wantTotal);
var mean = ShingleOverlap.Mean(rows.Select(r => r.Score).ToList());
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"pages: {rows.Count}"));
Console.WriteLine(string.Create(inv, $"body, micro over shingles:  P {micro.Precision:0.000}  R {micro.Recall:0.000}  F1 {micro.F1:0.000}"));
Console.WriteLine(string.Create(inv, $"body, mean per page:        P {mean.Precision:0.000}  R {mean.Recall:0.000}  F1 {rows.Average(r => r.Score.F1):0.000} (mean of page F1s)"));
Console.WriteLine(string.Create(inv, $"pages reduced to one line (expected body of 50+ shingles): {rows.Count(r => r.HeadlineOnly)}"));
Console.WriteLine(string.Create(inv, $"pages with body F1 < 0.5: {rows.Count(r => r.Score.F1 < 0.5)}"));
Console.WriteLine("metadata accuracy over the pages whose expected value is not null (a null expected value is not counted;");
Console.WriteLine("'extra' is how many of those null-expected pages got a value anyway; 'title, site part' also counts");
Console.WriteLine("the expected title with one separated part, such as a site name, left out):");
foreach (var (label, pick) in new (string, Func<PageRow, Verdict>)[]
{
    ("title", r => r.Title), ("title, site part", r => r.TitleWithoutSite), ("byline", r => r.Byline), ("published date", r => r.Published),
})
{
    var verdicts = rows.Select(pick).ToList();
    var scored = verdicts.Count(v => v is Verdict.Right or Verdict.Wrong or Verdict.Missing);
    var right = verdicts.Count(v => v == Verdict.Right);
    var extra = verdicts.Count(v => v == Verdict.Extra);
    var nulls = verdicts.Count(v => v is Verdict.Extra or Verdict.BothNull);
    Console.WriteLine(string.Create(inv,
        $"  {label,-17} {(scored == 0 ? 0 : (double)right / scored):0.000}  ({right}/{scored}; {verdicts.Count(v => v == Verdict.Missing)} missing, {verdicts.Count(v => v == Verdict.Wrong)} wrong; extra {extra}/{nulls})"));
}
return 0;

static string? Short(string? text) => text is { Length: > 160 } ? text[..160] + "..." : text;

static string Mark(Verdict verdict) => verdict switch
{
    Verdict.Right => "ok",
    Verdict.Wrong => "WRONG",
    Verdict.Missing => "miss",
    Verdict.Extra => "extra",
    _ => "-",
};

internal enum Verdict { Right, Wrong, Missing, Extra, BothNull }

internal sealed record PageRow(string Name, OverlapScore Score, int Got, int Want, bool HeadlineOnly, Verdict Title, Verdict TitleWithoutSite,
    Verdict Byline, Verdict Published);

internal sealed record ExpectedMetadata(string? Title, string? Byline, string? Published)
{
    public static ExpectedMetadata Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        string? Get(string name) =>
            json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                ? v.GetString() : null;
        return new ExpectedMetadata(Get("title"), Get("byline"), Get("publishedTime"));
    }
}

/// <summary>How extracted metadata is compared with Readability's expected values.</summary>
internal static class Compare
{
    /// <summary>Equal after collapsing whitespace, case and typographic quotes/dashes.</summary>
    public static Verdict Text(string? expected, string? got) => Judge(expected, got, (e, g) => Key(e) == Key(g));

    /// <summary>As <see cref="Text"/>, or the expected title with one separated part left out: Readability keeps a
    /// site or author name (" | eHow", " - Breitbart") that NewsExtract removes on purpose.</summary>
    public static Verdict TitleWithoutSite(string? expected, string? got) => Judge(expected, got, (e, g) =>
    {
        var (want, have) = (Key(e), Key(g));
        if (want == have)
            return true;
        const string separators = "|-–—·:_»/@";
        if (have.Length > 0 && want.StartsWith(have, StringComparison.Ordinal))
            return want[have.Length..].TrimStart() is { Length: > 0 } rest && separators.Contains(rest[0]);
        if (have.Length > 0 && want.EndsWith(have, StringComparison.Ordinal))
            return want[..^have.Length].TrimEnd() is { Length: > 0 } rest && separators.Contains(rest[^1]);
        return false;
    });

    /// <summary>As <see cref="Text"/>, without a leading "By" and trailing punctuation on either side.</summary>
    public static Verdict Byline(string? expected, string? got) => Judge(expected, got, (e, g) => BylineKey(e) == BylineKey(g));

    /// <summary>The calendar day as written (the date part of the expected ISO time).</summary>
    public static Verdict Date(string? expected, DateOnly? got) =>
        Judge(expected, got?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (e, g) => PublishedDate.TryParse(e, out var day) && day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == g);

    private static Verdict Judge(string? expected, string? got, Func<string, string, bool> same)
    {
        if (expected is null)
            return string.IsNullOrWhiteSpace(got) ? Verdict.BothNull : Verdict.Extra;
        if (string.IsNullOrWhiteSpace(got))
            return Verdict.Missing;
        return same(expected, got) ? Verdict.Right : Verdict.Wrong;
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in MatchText.Fold(text).ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }

    private static string BylineKey(string text)
    {
        var key = Key(text).Trim(' ', '.', ',', '|', '-', ':');
        return key.StartsWith("by ", StringComparison.Ordinal) ? key[3..].Trim() : key;
    }
}

/// <summary>The text of Readability's expected.html: one line per block, as `clean` writes it.</summary>
internal static class ExpectedText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "br",
    };

    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, sb);
        return sb.ToString();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        if (node is IText text)
        {
            sb.Append(text.Data);
            return;
        }
        if (node is IElement { LocalName: "script" or "style" or "noscript" })
            return;
        var block = node is IElement e && Blocks.Contains(e.LocalName);
        if (block)
            sb.Append('\n');
        foreach (var child in node.ChildNodes)
            Walk(child, sb);
        if (block)
            sb.Append('\n');
    }
}
