namespace Audiobook.Media.Mastering;

/// <summary>The root of config/profiles.json.</summary>
internal sealed record ProfilesDocument(IReadOnlyList<ProfileJson>? Profiles);
