namespace Audiobook.Tts.Catalog;

/// <summary>The gender the voice table gives a system voice (女性/男性).</summary>
public enum VoiceGender
{
    Female,
    Male,
}
