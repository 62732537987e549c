using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Audiobook.Tts.Realtime;

/// <summary>The hot path of the receive loop: recognizes <c>response.audio.delta</c> with one <see cref="Utf8JsonReader"/> pass
/// and base64-decodes <c>delta</c> straight from the UTF-8 frame, without building the base64 string. Other events go to
/// <see cref="Protocol.ProtocolJson.Parse(ReadOnlySpan{byte})"/>.</summary>
internal static class AudioDeltaReader
{
    /// <summary>True when <paramref name="utf8Json"/> is a <c>response.audio.delta</c>; then <paramref name="chunk"/> holds its audio
    /// (rented from the shared pool when <paramref name="pooled"/>, else a new array the caller owns).</summary>
    /// <exception cref="JsonException">The frame is not valid JSON or the delta is not valid base64.</exception>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, bool pooled, out string responseId, out AudioChunk chunk)
    {
        responseId = "";
        chunk = default;
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool? isDelta = null;
        AudioChunk decoded = default;
        var haveAudio = false;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    isDelta = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("response.audio.delta"u8);
                    if (isDelta == false)
                    {
                        return false;
                    }

                    SkipContainer(ref reader);
                }
                else if (reader.ValueTextEquals("response_id"u8))
                {
                    reader.Read();
                    responseId = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
                    SkipContainer(ref reader);
                }
                else if (reader.ValueTextEquals("delta"u8) && !haveAudio)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        decoded = Decode(ref reader, pooled);
                        haveAudio = true;
                    }

                    SkipContainer(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            if (isDelta != true)
            {
                return false;
            }

            chunk = haveAudio ? decoded : new AudioChunk([], 0, Pooled: false);
            haveAudio = false;
            return true;
        }
        finally
        {
            if (haveAudio)
            {
                decoded.Return();
            }
        }
    }

    private static void SkipContainer(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }

    private static AudioChunk Decode(ref Utf8JsonReader reader, bool pooled)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            // A server whose JSON encoder escapes '+' or '/' (e.g. as \u002B) sends an escaped string: unescape it the slow way.
            var text = reader.GetString()!;
            try
            {
                var bytes = Convert.FromBase64String(text);
                return new AudioChunk(bytes, bytes.Length, Pooled: false);
            }
            catch (FormatException ex)
            {
                throw new JsonException("response.audio.delta carries invalid base64 audio.", ex);
            }
        }

        var base64 = reader.ValueSpan;
        var maxLength = Base64.GetMaxDecodedFromUtf8Length(base64.Length);
        var array = pooled ? ArrayPool<byte>.Shared.Rent(Math.Max(maxLength, 1)) : new byte[maxLength];
        var status = Base64.DecodeFromUtf8(base64, array, out _, out var written);
        if (status != OperationStatus.Done)
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(array);
            }

            throw new JsonException("response.audio.delta carries invalid base64 audio.");
        }

        return new AudioChunk(array, written, pooled);
    }
}
