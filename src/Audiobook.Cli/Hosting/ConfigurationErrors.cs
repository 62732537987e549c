using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Audiobook.Cli.Hosting;

/// <summary>Turns what options binding and validation throw at start into one line that names the key (or the option the user
/// typed) and what is allowed: <c>configuration: Encoder:MaxConcurrentProcesses must be between 1 and 64 (got 999)</c>.</summary>
internal static partial class ConfigurationErrors
{
    public static string OneLine(Exception exception, IConfiguration configuration, IReadOnlyDictionary<string, string> optionNames)
    {
        string Name(string key) => optionNames.TryGetValue(key, out var option) ? option : "configuration: " + key;
        string Got(string key) => configuration[key] is { } value ? $" (got {value})" : string.Empty;

        var problems = new List<string>();
        foreach (var failure in Flatten(exception))
        {
            if (failure is OptionsValidationException validation)
            {
                var section = SectionOf(validation.OptionsType);
                foreach (var text in validation.Failures)
                {
                    var match = DataAnnotationFailure().Match(text);
                    if (!match.Success)
                    {
                        problems.Add($"configuration: {section}: {text}");
                        continue;
                    }

                    var member = match.Groups["members"].Value.Split(',')[0].Trim();
                    var key = member.Length == 0 ? section : section + ":" + member;
                    var phrase = Phrase(match.Groups["error"].Value);
                    problems.Add(phrase.StartsWith("must ", StringComparison.Ordinal) || phrase.StartsWith("is ", StringComparison.Ordinal)
                        ? $"{Name(key)} {phrase}{Got(key)}"
                        : phrase.StartsWith(key + " ", StringComparison.Ordinal)
                            ? Name(key) + phrase[key.Length..] // a message that names its key already ("ConnectionStrings:Audiobook is not set: ...")
                            : $"{Name(key)}: {phrase}");
                }
            }
            else if (failure is InvalidOperationException && BindingFailure().Match(failure.Message) is { Success: true } binding)
            {
                var key = binding.Groups["key"].Value;
                problems.Add($"{Name(key)}: {Reason(failure.InnerException) ?? failure.Message}");
            }
            else
            {
                problems.Add(failure.Message);
            }
        }

        return string.Join("; ", problems.Distinct(StringComparer.Ordinal));
    }

    // A converter's ArgumentException ends in " (Parameter 'value')", which names our code, not the user's input.
    private static string? Reason(Exception? inner) => inner is ArgumentException { ParamName: { } name } argument
        ? argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal).TrimEnd('.')
        : inner?.Message;

    private static IEnumerable<Exception> Flatten(Exception exception) =>
        exception is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Flatten) : [exception];

    // "The field Concurrency must be between 1 and 64." -> "must be between 1 and 64"; "The ApiKey field is required." -> "is required".
    private static string Phrase(string message)
    {
        var text = message.Trim().TrimEnd('.');
        var field = FieldPrefix().Match(text);
        if (field.Success)
        {
            return text[field.Length..];
        }

        return RequiredMessage().IsMatch(text) ? "is required" : text;
    }

    private static string SectionOf(Type optionsType) =>
        optionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string ?? optionsType.Name;

    // Microsoft.Extensions.Options.DataAnnotations: "DataAnnotation validation failed for 'T' members: 'A,B' with the error: 'message'."
    [GeneratedRegex(@"members: '(?<members>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DataAnnotationFailure();

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value 'x' at 'Section:Key' to type 'T'."
    [GeneratedRegex(@"configuration value .* at '(?<key>[^']+)'", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"^The field \S+ ", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPrefix();

    [GeneratedRegex(@"^The \S+ field is required$", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredMessage();
}
