namespace Audiobook.Dashboard.Api;

/// <summary>A voice a render may use: a system voice of the model, or one of the publisher's own.</summary>
/// <param name="Name">The <c>voice</c> to submit.</param>
/// <param name="DisplayName">What the page shows.</param>
/// <param name="Kind"><c>system</c>, <c>clone</c> or <c>design</c>.</param>
/// <param name="Description">The catalog's description, or how the voice was made.</param>
/// <param name="Languages">Languages the voice speaks (system voices).</param>
public sealed record VoiceDto(string Name, string DisplayName, string Kind, string Description, IReadOnlyList<string> Languages);
