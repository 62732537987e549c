using System.Collections.Concurrent;
using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Customization;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Finds the espeak rendering of a <c>voice</c> for a model: a system voice the model lists, or a cloned/designed voice whose
/// kind matches the model and whose <c>target_model</c> equals it exactly (docs/qwen-tts-protocol.md §2.1, §5.1).</summary>
internal sealed class VoiceResolver(VoiceStore store)
{
    private readonly ConcurrentDictionary<string, EspeakVoice> _systemVoices = new(StringComparer.Ordinal);

    public EspeakVoice? Resolve(string model, string voice)
    {
        var info = TtsModelCatalog.Find(model);
        if (info is null)
        {
            return null;
        }

        if (info.VoiceKind == VoiceKind.System)
        {
            var system = info.SystemVoices.FirstOrDefault(v => string.Equals(v.Name, voice, StringComparison.Ordinal));
            return system is null ? null : _systemVoices.GetOrAdd(system.Name, _ => EspeakVoiceMapper.ForSystemVoice(system));
        }

        var custom = store.Find(voice);
        if (custom is null || custom.Kind != info.VoiceKind || !string.Equals(custom.TargetModel, model, StringComparison.Ordinal))
        {
            return null;
        }

        return ForCustomVoice(custom);
    }

    public static EspeakVoice ForCustomVoice(CustomVoice voice) => voice.Kind == VoiceKind.Cloned
        ? EspeakVoiceMapper.FromMeasurements(voice.Voice, voice.ReferenceF0 ?? 150, voice.SpeedFactor ?? 1)
        : EspeakVoiceMapper.FromCharacter(voice.Voice, VoiceDescriptionParser.Parse(voice.VoicePrompt).ToCharacter(voice.Voice), cantonese: false);
}
