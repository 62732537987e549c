namespace Audiobook.Tts.Customization;

/// <summary>One page of <see cref="VoiceCustomizationClient.ListClonedVoicesAsync"/>.</summary>
/// <param name="Voices">The voices on this page.</param>
/// <param name="PageIndex">The page index (0-based).</param>
/// <param name="PageSize">The requested page size.</param>
/// <param name="TotalCount">All cloned voices of the account, when the service reports it.</param>
public sealed record ClonedVoicePage(IReadOnlyList<ClonedVoice> Voices, int PageIndex, int PageSize, int? TotalCount);
