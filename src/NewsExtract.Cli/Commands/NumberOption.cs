using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsExtract.Cli.Commands;

/// <summary>Numeric options whose value is parsed and range-checked in one place, so every bad value is a usage error (exit 2).</summary>
/// <remarks>Why not a validator: a System.CommandLine 2.0 validator that reads the value of a token that did not parse
/// (<c>GetValueOrDefault</c>) throws an unhandled exception (exit 134) instead of reporting the token.</remarks>
internal static class NumberOption
{
    /// <summary>An option without a default: null when not given.</summary>
    /// <param name="rule">What a valid value is, for the message ("between 0 and 1").</param>
    public static Option<T?> Optional<T>(string name, string description, string helpName, Func<T, bool> valid, string rule)
        where T : struct, IParsable<T> =>
        new(name) { Description = description, HelpName = helpName, CustomParser = result => Parse(result, name, valid, rule) };

    public static Option<T> WithDefault<T>(string name, string description, T defaultValue, Func<T, bool> valid, string rule)
        where T : struct, IParsable<T> =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue, CustomParser = result => Parse(result, name, valid, rule) };

    private static T Parse<T>(ArgumentResult result, string name, Func<T, bool> valid, string rule) where T : struct, IParsable<T>
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!T.TryParse(token, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name}: '{token}' is not a number; it must be {rule}");
            return default;
        }

        if (!valid(value))
        {
            result.AddError($"{name} must be {rule} (got {token})");
        }

        return value;
    }
}
