namespace Audiobook.Tts.Catalog;

/// <summary>The Chinese variety a system voice speaks when the text is Chinese (the voice table's 中文（…）).</summary>
public enum VoiceDialect
{
    Mandarin,
    Cantonese,
    Shanghainese,
    Beijing,
    Nanjing,
    Shaanxi,
    Minnan,
    Tianjin,
    Sichuan,
}
