using System.Text.Json;
using System.Text.Json.Serialization;
using Audiobook.Tts.Catalog;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Customization;

/// <summary>Cloned and designed voices, in memory and (with <see cref="LocalTtsServerOptions.DataDirectory"/>) in
/// <c>custom-voices.json</c>, rewritten atomically on every change and read at start.</summary>
internal sealed class VoiceStore
{
    public const string FileName = "custom-voices.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<string, CustomVoice> _voices = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly string? _path;

    public VoiceStore(IOptions<LocalTtsServerOptions> options)
    {
        if (options.Value.DataDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            _path = Path.Combine(directory, FileName);
            if (File.Exists(_path))
            {
                var stored = JsonSerializer.Deserialize<List<CustomVoice>>(File.ReadAllBytes(_path), JsonOptions) ?? [];
                foreach (var voice in stored)
                {
                    _voices[voice.Voice] = voice;
                }
            }
        }
    }

    public CustomVoice? Find(string voice)
    {
        lock (_gate)
        {
            return _voices.GetValueOrDefault(voice);
        }
    }

    /// <summary>The voices of one kind, newest first.</summary>
    public IReadOnlyList<CustomVoice> List(VoiceKind kind)
    {
        lock (_gate)
        {
            return _voices.Values.Where(v => v.Kind == kind).OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Voice, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>One page of the voices of <paramref name="kind"/>, newest first, and how many there are in all.</summary>
    public (IReadOnlyList<CustomVoice> Page, int Total) Page(VoiceKind kind, int pageIndex, int pageSize)
    {
        var all = List(kind);
        return (all.Skip((int)Math.Min((long)pageIndex * pageSize, int.MaxValue)).Take(pageSize).ToList(), all.Count);
    }

    /// <summary>Adds a voice unless <paramref name="quota"/> voices of its kind exist already.</summary>
    /// <exception cref="CustomizationException">The quota is full (<c>Throttling.AllocationQuota</c>).</exception>
    public void Add(CustomVoice voice, int quota)
    {
        lock (_gate)
        {
            if (_voices.Values.Count(v => v.Kind == voice.Kind) >= quota)
            {
                throw CustomizationException.VoiceQuotaExceeded();
            }

            _voices[voice.Voice] = voice;
            Save();
        }
    }

    public bool Remove(string voice, VoiceKind kind)
    {
        lock (_gate)
        {
            if (!_voices.TryGetValue(voice, out var found) || found.Kind != kind)
            {
                return false;
            }

            _voices.Remove(voice);
            Save();
            return true;
        }
    }

    private void Save()
    {
        if (_path is null)
        {
            return;
        }

        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_voices.Values.OrderBy(v => v.CreatedAt).ToList(), JsonOptions));
        File.Move(temporary, _path, overwrite: true);
    }
}
