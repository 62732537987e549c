namespace Audiobook.Tts.Catalog;

/// <summary>An age hint derived from a voice's description (小萝莉 → child, 小姐姐/少年 → young, 大叔 → adult, 老者/大爷/婆婆 → old).</summary>
public enum VoiceAge
{
    Child,
    Young,
    Adult,
    Old,
}
