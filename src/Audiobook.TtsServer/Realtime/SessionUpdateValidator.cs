using System.Globalization;
using Audiobook.Core.Text;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>Validates a <c>session.update</c> against §3.1 and the model's capabilities, and merges it (absent fields keep their value;
/// unknown fields are ignored). The voice itself is checked by the session (it may depend on stored custom voices).</summary>
internal static class SessionUpdateValidator
{
    private static readonly string[] AllFormats = [AudioFormats.Pcm, AudioFormats.Wav, AudioFormats.Mp3, AudioFormats.Opus];
    private static readonly int[] AllRates = [8000, 16000, 24000, 48000];

    public static SessionUpdateOutcome Apply(SessionSettings current, SessionConfig update, TtsModel? model, string? eventId)
    {
        ArgumentNullException.ThrowIfNull(update);
        var error = Check(update, model, eventId);
        if (error is not null)
        {
            return new SessionUpdateOutcome(null, error);
        }

        return new SessionUpdateOutcome(current with
        {
            Voice = update.Voice ?? current.Voice,
            Mode = update.Mode ?? current.Mode,
            LanguageType = update.LanguageType ?? current.LanguageType,
            ResponseFormat = update.ResponseFormat ?? current.ResponseFormat,
            SampleRate = update.SampleRate ?? current.SampleRate,
            SpeechRate = update.SpeechRate ?? current.SpeechRate,
            Volume = update.Volume ?? current.Volume,
            PitchRate = update.PitchRate ?? current.PitchRate,
            BitRate = update.BitRate ?? current.BitRate,
            Instructions = update.Instructions ?? current.Instructions,
            OptimizeInstructions = update.OptimizeInstructions ?? current.OptimizeInstructions,
            EnableTn = update.EnableTn ?? current.EnableTn,
        }, null);
    }

    private static ErrorInfo? Check(SessionConfig update, TtsModel? model, string? eventId)
    {
        var formats = model?.ResponseFormats ?? AllFormats;
        var rates = model?.SampleRates ?? AllRates;
        var parameters = model?.SupportsAudioParameters ?? true;
        var name = model?.Name ?? "this model";

        if (update.Voice is { } voice && string.IsNullOrWhiteSpace(voice))
        {
            return ServerErrors.Invalid("Invalid value for 'session.voice': the voice must not be empty.", "session.voice", eventId);
        }

        if (update.Mode is { } mode && mode is not (SessionModes.ServerCommit or SessionModes.Commit))
        {
            return OneOf("mode", mode, [SessionModes.ServerCommit, SessionModes.Commit], eventId);
        }

        if (update.LanguageType is { } language && !LanguageTypes.All.Contains(language, StringComparer.Ordinal))
        {
            return OneOf("language_type", language, LanguageTypes.All, eventId);
        }

        if (update.ResponseFormat is { } format && !formats.Contains(format, StringComparer.Ordinal))
        {
            return OneOf("response_format", format, formats, eventId, name);
        }

        if (update.SampleRate is { } rate && !rates.Contains(rate))
        {
            return OneOf("sample_rate", rate.ToString(CultureInfo.InvariantCulture), rates.Select(r => r.ToString(CultureInfo.InvariantCulture)), eventId, name);
        }

        return Range("speech_rate", update.SpeechRate, 0.5, 2.0, 1.0, parameters, name, eventId)
            ?? Range("pitch_rate", update.PitchRate, 0.5, 2.0, 1.0, parameters, name, eventId)
            ?? Range("volume", update.Volume, 0, 100, 50, parameters, name, eventId)
            ?? Range("bit_rate", update.BitRate, 6, 510, 128, parameters, name, eventId)
            ?? CheckInstructions(update, model, name, eventId);
    }

    private static ErrorInfo? CheckInstructions(SessionConfig update, TtsModel? model, string name, string? eventId)
    {
        var supports = model?.SupportsInstructions ?? true;
        if (!supports && (!string.IsNullOrEmpty(update.Instructions) || update.OptimizeInstructions == true))
        {
            var field = string.IsNullOrEmpty(update.Instructions) ? "optimize_instructions" : "instructions";
            return ServerErrors.Invalid($"'session.{field}' is not supported by model {name}.", "session." + field, eventId);
        }

        return null;
    }

    private static ErrorInfo OneOf(string field, string value, IEnumerable<string> allowed, string? eventId, string? model = null) =>
        ServerErrors.Invalid(
            $"Invalid value for 'session.{field}': '{value}'. Supported values{(model is null ? "" : " for " + model)}: {string.Join(", ", allowed)}.",
            "session." + field,
            eventId);

    private static ErrorInfo? Range(string field, double? value, double min, double max, double unchanged, bool supported, string model, string? eventId)
    {
        if (value is not { } v)
        {
            return null;
        }

        if (!supported && v != unchanged)
        {
            return ServerErrors.Invalid($"'session.{field}' is not supported by model {model}.", "session." + field, eventId);
        }

        return v < min || v > max || double.IsNaN(v)
            ? ServerErrors.Invalid(
                string.Create(CultureInfo.InvariantCulture, $"Invalid value for 'session.{field}': {v}. It must be between {min} and {max}."),
                "session." + field,
                eventId)
            : null;
    }
}
