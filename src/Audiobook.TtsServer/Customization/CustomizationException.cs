namespace Audiobook.TtsServer.Customization;

/// <summary>A customization request refused with an HTTP status and a DashScope error code (docs/qwen-tts-protocol.md §7).</summary>
public sealed class CustomizationException : Exception
{
    public CustomizationException()
    {
    }

    public CustomizationException(string message)
        : base(message)
    {
    }

    public CustomizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CustomizationException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; } = 400;

    public string Code { get; } = "InvalidParameter";

    public static CustomizationException InvalidParameter(string parameter) =>
        new(400, "InvalidParameter", $"Required parameter({parameter}) missing or invalid, please check the request parameters.");

    public static CustomizationException VoiceQuotaExceeded() =>
        new(400, "Throttling.AllocationQuota", "Maximum voice storage limit exceeded, please delete existing voices.");

    public static CustomizationException DecoderError() => new(400, "Audio.DecoderError", "Decoder audio file failed.");
}
