using System.Globalization;

namespace NewsExtract.Output;

/// <summary>How numbers are written to and read from outputs: always invariant culture.</summary>
public static class InvariantFormat
{
    /// <summary>Shortest round-trip form (<c>610</c>, <c>12.5</c>), blank for null.</summary>
    public static string Amount(double? amount) =>
        amount is { } value ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Two decimals (<c>0.85</c>).</summary>
    public static string Confidence(double confidence) =>
        confidence.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseAmount(string text, out double? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        return false;
    }

    public static bool TryParseDouble(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInt(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
