using System.CommandLine;
using System.Text.Json;
using Audiobook.Rendering;
using Audiobook.Tts.Catalog;

namespace Audiobook.Cli.Commands;

/// <summary><c>voices</c>: the system voices of a model with their languages and dialects.</summary>
internal sealed class VoicesCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Option<bool> _json = OptionFactory.Json();

    public VoicesCommand(OptionFactory options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Command = new Command("voices", "system voices of a model with their languages and dialects") { options.Model(), _json };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var modelName = context.Options<RenderingOptions>().Model;
        var json = parse.GetValue(_json);
        var console = context.Console;
        var model = TtsModelCatalog.Find(modelName) ?? throw new CliException($"unknown model '{modelName}'");
        if (model.VoiceKind != VoiceKind.System)
        {
            throw new CliException($"model '{modelName}' takes only {model.VoiceKind.ToString().ToLowerInvariant()} voices (create them with the customization API)");
        }

        if (json)
        {
            var rows = model.SystemVoices.Select(v => new
            {
                voice = v.Name,
                display_name = v.DisplayName,
                gender = v.Gender.ToString().ToLowerInvariant(),
                age = v.Age.ToString().ToLowerInvariant(),
                dialect = v.Dialect.ToString().ToLowerInvariant(),
                languages = v.Languages,
                description = v.Description,
            });
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, JsonOptions)).ConfigureAwait(false);
            return 0;
        }

        await console.Out.WriteLineAsync($"{model.SystemVoices.Count} voices of {model.Name}:").ConfigureAwait(false);
        await console.Out.WriteLineAsync($"{"voice",-12} {"name",-8} {"gender",-7} {"age",-6} {"dialect",-12} languages").ConfigureAwait(false);
        foreach (var v in model.SystemVoices)
        {
            await console.Out.WriteLineAsync(
                $"{v.Name,-12} {v.DisplayName,-8} {v.Gender.ToString().ToLowerInvariant(),-7} {v.Age.ToString().ToLowerInvariant(),-6} {v.Dialect.ToString().ToLowerInvariant(),-12} {string.Join(", ", v.Languages)}").ConfigureAwait(false);
        }

        return 0;
    }
}
