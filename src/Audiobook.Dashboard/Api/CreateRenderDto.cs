namespace Audiobook.Dashboard.Api;

/// <summary>The body of <c>POST /api/v1/renders</c>; unset fields take the service's defaults.</summary>
/// <param name="BookId">The book to render.</param>
/// <param name="Model">The realtime model.</param>
/// <param name="Voice">A system voice of the model or one of the publisher's own.</param>
/// <param name="Profile">Mastering profile: <c>audiobook</c>, <c>acx</c>, <c>podcast</c>, <c>r128</c>.</param>
/// <param name="Formats">Deliverables, comma-separated: <c>m4b</c>, <c>mp3</c>, <c>epub3</c> (read-along EPUB).</param>
/// <param name="Schedule"><c>now</c> or <c>nightly</c>.</param>
/// <param name="Region">Pricing region: <c>cn</c> or <c>intl</c>.</param>
/// <param name="SpeechRate">0.5 to 2.</param>
/// <param name="PitchRate">0.5 to 2.</param>
/// <param name="Volume">0 to 100.</param>
public sealed record CreateRenderDto(
    Guid BookId,
    string? Model = null,
    string? Voice = null,
    string? Profile = null,
    string? Formats = null,
    string? Schedule = null,
    string? Region = null,
    double? SpeechRate = null,
    double? PitchRate = null,
    int? Volume = null);
