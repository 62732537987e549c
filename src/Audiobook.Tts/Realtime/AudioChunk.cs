using System.Buffers;

namespace Audiobook.Tts.Realtime;

/// <summary>Decoded audio of one <c>response.audio.delta</c>, in a pooled array (returned by the consumer) or an owned one.</summary>
internal readonly record struct AudioChunk(byte[] Array, int Length, bool Pooled)
{
    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    public void Return()
    {
        if (Pooled)
        {
            ArrayPool<byte>.Shared.Return(Array);
        }
    }
}
