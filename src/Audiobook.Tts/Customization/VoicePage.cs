namespace Audiobook.Tts.Customization;

/// <summary>One page of <see cref="VoiceCustomizationClient.ListClonedVoicesAsync"/> or <see cref="VoiceCustomizationClient.ListDesignedVoicesAsync"/>.</summary>
/// <typeparam name="TVoice"><see cref="ClonedVoice"/> or <see cref="DesignedVoice"/>.</typeparam>
/// <param name="Voices">The voices on this page.</param>
/// <param name="PageIndex">The page index (0-based).</param>
/// <param name="PageSize">The requested page size.</param>
/// <param name="TotalCount">All voices of this kind in the account (the quota in use), when the service reports it.</param>
public sealed record VoicePage<TVoice>(IReadOnlyList<TVoice> Voices, int PageIndex, int PageSize, int? TotalCount)
    where TVoice : CustomizedVoice;
