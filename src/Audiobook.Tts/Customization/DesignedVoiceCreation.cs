namespace Audiobook.Tts.Customization;

/// <summary>The result of <see cref="VoiceCustomizationClient.CreateDesignedVoiceAsync"/>: the new voice and its decoded preview.</summary>
/// <param name="Voice">The new voice id.</param>
/// <param name="TargetModel">The only realtime model that accepts this voice.</param>
/// <param name="PreviewAudio">The decoded preview audio, in <paramref name="PreviewFormat"/>.</param>
/// <param name="PreviewSampleRate">The preview's sample rate in Hz.</param>
/// <param name="PreviewFormat"><c>wav</c> (default), <c>pcm</c>, <c>mp3</c> or <c>opus</c>.</param>
public sealed record DesignedVoiceCreation(
    string Voice, string TargetModel, ReadOnlyMemory<byte> PreviewAudio, int PreviewSampleRate, string PreviewFormat);
