using System.Text.Json;

namespace Audiobook.Media.Mastering;

/// <summary>The mastering profiles of config/profiles.json (embedded in this assembly): <c>audiobook</c> (default),
/// <c>acx</c>, <c>podcast</c> and <c>r128</c>.</summary>
public static class MasteringProfiles
{
    /// <summary>Name of the profile used when none is given.</summary>
    public const string DefaultName = "audiobook";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<IReadOnlyList<MasteringProfile>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<MasteringProfile> All => Embedded.Value;

    public static MasteringProfile Default => Get(DefaultName);

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    /// <summary>The profile named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No such profile.</exception>
    public static MasteringProfile Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown mastering profile '{name}' (known: {string.Join(", ", Names)}).", nameof(name));
    }

    /// <summary>Parses and validates a profiles document (the format of config/profiles.json).</summary>
    /// <exception cref="InvalidDataException">The document is malformed or a profile is inconsistent.</exception>
    public static IReadOnlyList<MasteringProfile> LoadFromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ProfilesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ProfilesDocument>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Mastering profiles are not valid JSON: {e.Message}", e);
        }

        if (document?.Profiles is not { Count: > 0 } profiles)
        {
            throw new InvalidDataException("Mastering profiles: the document has no \"profiles\" array.");
        }

        var result = profiles.Select(ToProfile).ToList();
        var duplicate = result.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Mastering profile '{duplicate.Key}' is defined twice.");
        }

        return result;
    }

    private static MasteringProfile ToProfile(ProfileJson p)
    {
        var name = string.IsNullOrWhiteSpace(p.Name) ? throw new InvalidDataException("A mastering profile has no name.") : p.Name;
        if (p.TargetLufs.HasValue == p.TargetRmsDb.HasValue)
        {
            throw new InvalidDataException($"Mastering profile '{name}' must set exactly one of targetLufs and targetRmsDb.");
        }

        var ceiling = p.TruePeakCeilingDbtp ?? throw new InvalidDataException($"Mastering profile '{name}' has no truePeakCeilingDbtp.");
        var aac = p.Aac ?? new AacSettings();
        if (aac.Coder is not ("fast" or "twoloop"))
        {
            throw new InvalidDataException($"Mastering profile '{name}': aac.coder must be \"fast\" or \"twoloop\".");
        }

        if (p.HeadRoomToneSeconds < 0 || p.TailRoomToneSeconds < 0 || (p.LimiterMarginDb ?? 0) < 0)
        {
            throw new InvalidDataException($"Mastering profile '{name}': room tone lengths and the limiter margin cannot be negative.");
        }

        return new MasteringProfile
        {
            Name = name,
            Description = p.Description ?? "",
            TargetLufs = p.TargetLufs,
            TargetRmsDb = p.TargetRmsDb,
            LoudnessToleranceLu = p.LoudnessToleranceLu ?? 1.0,
            TruePeakCeilingDbtp = ceiling,
            LimiterMarginDb = p.LimiterMarginDb ?? 1.0,
            MinRmsDb = p.MinRmsDb,
            MaxRmsDb = p.MaxRmsDb,
            MaxNoiseFloorDb = p.MaxNoiseFloorDb,
            HeadRoomTone = TimeSpan.FromSeconds(p.HeadRoomToneSeconds),
            TailRoomTone = TimeSpan.FromSeconds(p.TailRoomToneSeconds),
            RoomToneDb = p.RoomToneDb,
            Mp3 = p.Mp3 ?? new Mp3Settings(),
            Aac = aac,
            MaxFileDuration = p.MaxFileDurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        };
    }

    private static IReadOnlyList<MasteringProfile> LoadEmbedded()
    {
        using var stream = typeof(MasteringProfiles).Assembly.GetManifestResourceStream("profiles.json")
            ?? throw new InvalidOperationException("The embedded resource profiles.json is missing from Audiobook.Media.");
        using var reader = new StreamReader(stream);
        return LoadFromJson(reader.ReadToEnd());
    }
}
