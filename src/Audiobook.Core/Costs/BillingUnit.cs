namespace Audiobook.Core.Costs;

/// <summary>What a model's price is counted in.</summary>
public enum BillingUnit
{
    /// <summary>Billed input characters (汉字 count 2), priced per 10,000.</summary>
    Characters,
    /// <summary>Input text tokens and output audio tokens, priced per 1,000 each (qwen-tts-realtime).</summary>
    Tokens,
}
