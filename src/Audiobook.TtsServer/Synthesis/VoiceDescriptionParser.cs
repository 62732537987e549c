using System.Text.RegularExpressions;
using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Reads gender, age, pitch and pace words from a Chinese or English voice description ("deep old man", "低沉的老年男性",
/// "young bright woman", "年轻明亮的女声"). English matches whole words; Chinese matches substrings. Later, more specific words win.</summary>
internal static partial class VoiceDescriptionParser
{
    private static readonly (string[] English, string[] Chinese, VoiceGender Gender)[] Genders =
    [
        (["male", "man", "men", "boy", "gentleman", "guy", "father", "grandfather", "grandpa", "he", "his", "uncle", "baritone", "bass"],
            ["男", "先生", "大叔", "爷爷", "大爷", "少年", "叔叔"], VoiceGender.Male),
        (["female", "woman", "women", "girl", "lady", "mother", "grandmother", "grandma", "she", "her", "aunt", "soprano"],
            ["女", "姑娘", "阿姨", "奶奶", "婆婆", "少女", "姐姐", "萝莉"], VoiceGender.Female),
    ];

    private static readonly (string[] English, string[] Chinese, VoiceAge Age)[] Ages =
    [
        (["child", "kid", "kids", "little", "toddler", "childlike", "boy", "girl"], ["儿童", "孩子", "小孩", "童声", "男孩", "女孩", "小朋友", "萝莉", "正太"], VoiceAge.Child),
        (["young", "youthful", "teen", "teenage", "teenager"], ["年轻", "青年", "少年", "少女", "青春", "小姐姐"], VoiceAge.Young),
        (["middle-aged", "middle", "mature", "adult"], ["中年", "成熟", "大叔", "阿姨"], VoiceAge.Adult),
        (["old", "elderly", "aged", "senior", "grandfather", "grandpa", "grandmother", "grandma", "ancient"], ["老年", "老人", "年迈", "爷爷", "奶奶", "苍老", "沧桑", "老者", "大爷", "婆婆", "老"], VoiceAge.Old),
    ];

    private static readonly (string[] English, string[] Chinese, string Trait)[] TraitWords =
    [
        (["deep", "low", "bass", "baritone", "dark", "heavy", "resonant"], ["低沉", "浑厚", "深沉", "磁性", "厚重", "低音"], "deep"),
        (["high", "high-pitched", "shrill", "squeaky"], ["高亢", "尖细", "高音", "尖"], "high"),
        (["bright", "light", "sweet", "clear", "crisp", "cheerful"], ["明亮", "清脆", "甜美", "清亮", "甜", "清澈"], "bright"),
        (["husky", "gravelly", "raspy", "hoarse", "rough"], ["沙哑", "烟嗓", "粗犷"], "husky"),
        (["slow", "slowly", "leisurely", "unhurried", "relaxed", "sleepy"], ["缓慢", "慢", "舒缓", "从容", "慵懒"], "slow"),
        (["calm", "gentle", "soothing", "steady", "composed"], ["平静", "温柔", "温和", "沉稳", "平和"], "calm"),
        (["fast", "quick", "quickly", "rapid", "hurried", "brisk"], ["快", "急促", "语速快"], "fast"),
        (["lively", "energetic", "excited", "vivid", "passionate", "enthusiastic"], ["活泼", "激昂", "热情", "活力", "兴奋"], "lively"),
        (["loud", "powerful", "booming"], ["洪亮", "响亮"], "loud"),
        (["soft", "quiet", "whispering", "breathy"], ["轻柔", "柔和", "低语", "轻声"], "soft"),
    ];

    public static VoiceDescription Parse(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return new VoiceDescription(null, null, new HashSet<string>(StringComparer.Ordinal));
        }

        var words = WordPattern().Matches(description.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        bool Matches(string[] english, string[] chinese) =>
            english.Any(words.Contains) || chinese.Any(c => description.Contains(c, StringComparison.Ordinal));

        VoiceGender? gender = null;
        foreach (var (english, chinese, value) in Genders)
        {
            if (Matches(english, chinese))
            {
                gender ??= value;
            }
        }

        VoiceAge? age = null;
        foreach (var (english, chinese, value) in Ages)
        {
            if (Matches(english, chinese))
            {
                age = value;
            }
        }

        var traits = TraitWords.Where(t => Matches(t.English, t.Chinese)).Select(t => t.Trait).ToHashSet(StringComparer.Ordinal);
        return new VoiceDescription(gender, age, traits);
    }

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex WordPattern();
}
