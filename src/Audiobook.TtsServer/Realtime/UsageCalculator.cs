using Audiobook.Core.Costs;
using Audiobook.Core.Text;
using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary><c>response.done.response.usage</c>: billed characters (汉字 = 2) for the qwen3 models; for the token-billed
/// <c>qwen-tts-realtime</c> models, text tokens (one per 汉字, one per 4 other non-space characters; an estimate, the real tokenizer
/// is not public) plus 50 audio tokens per second of audio, at least 50 (docs/qwen-tts-protocol.md §4.13, §9).</summary>
internal static class UsageCalculator
{
    public static Usage For(TtsModel? model, string text, double audioSeconds)
    {
        if (model?.Billing != BillingUnit.Tokens)
        {
            return new Usage { Characters = BillingCounter.Count(text) };
        }

        var input = TextTokens(text);
        var audio = AudioTokens(audioSeconds);
        return new Usage
        {
            TotalTokens = input + audio,
            InputTokens = input,
            OutputTokens = audio,
            InputTokensDetails = new TokenDetails { TextTokens = input },
            OutputTokensDetails = new TokenDetails { TextTokens = 0, AudioTokens = audio },
        };
    }

    public static int AudioTokens(double audioSeconds) => Math.Max(50, (int)Math.Ceiling(audioSeconds * 50));

    public static int TextTokens(string text)
    {
        int hanzi = 0, other = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (ScriptClassifier.IsHan(rune.Value))
            {
                hanzi++;
            }
            else if (!System.Text.Rune.IsWhiteSpace(rune))
            {
                other++;
            }
        }

        return Math.Max(1, hanzi + (other + 3) / 4);
    }
}
