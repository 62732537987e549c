namespace Audiobook.Tts.Customization;

/// <summary>One page of <see cref="VoiceCustomizationClient.ListDesignedVoicesAsync"/>.</summary>
/// <param name="Voices">The voices on this page.</param>
/// <param name="PageIndex">The page index (0-based).</param>
/// <param name="PageSize">The requested page size.</param>
/// <param name="TotalCount">All designed voices of the account (the quota in use), when the service reports it.</param>
public sealed record DesignedVoicePage(IReadOnlyList<DesignedVoice> Voices, int PageIndex, int PageSize, int? TotalCount);
