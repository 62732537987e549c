namespace Audiobook.Tts.Catalog;

/// <summary>What <c>response.done.response.usage</c> reports and what is billed (docs/qwen-tts-protocol.md §9).</summary>
public enum BillingUnit
{
    /// <summary>Input characters, a 汉字 counting 2 (see Audiobook.Core.Costs.BillingCounter).</summary>
    Characters,

    /// <summary>Input text tokens plus output audio tokens (50 per second of audio, at least 50).</summary>
    Tokens,
}
