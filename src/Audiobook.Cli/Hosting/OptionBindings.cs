using System.CommandLine;
using System.Globalization;

namespace Audiobook.Cli.Hosting;

/// <summary>Which command-line options set which configuration keys. An option given on the command line goes into the
/// configuration as its top layer, so it is checked by the same options validation as a value from a file or the environment.</summary>
internal sealed class OptionBindings
{
    private readonly Dictionary<Option, string> _keys = [];

    /// <summary>Marks <paramref name="option"/> as the command-line form of configuration key <paramref name="key"/>.</summary>
    public TOption Bind<TOption>(TOption option, string key)
        where TOption : Option
    {
        _keys[option] = key;
        return option;
    }

    /// <summary>The configuration values of the bound options the user typed (defaults shown in help are not overrides).</summary>
    public IReadOnlyDictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, key) in _keys)
        {
            if (parse.GetResult(option) is { Implicit: false } result)
            {
                overrides[key] = Convert.ToString(result.GetValueOrDefault<object?>(), CultureInfo.InvariantCulture);
            }
        }

        return overrides;
    }

    /// <summary>The option names of the overridden keys, so an error about such a key names what the user typed.</summary>
    public IReadOnlyDictionary<string, string> OptionNames(ParseResult parse)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (option, key) in _keys)
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                names[key] = option.Name;
            }
        }

        return names;
    }
}
