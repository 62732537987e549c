using System.Buffers;

namespace Audiobook.Tts.Realtime;

/// <summary>Assembles one WebSocket message from its frames in a pooled, growing array.</summary>
internal sealed class MessageBuffer : IDisposable
{
    private const int InitialSize = 16 * 1024;
    private const int KeepAtMost = 1024 * 1024;
    private byte[] _array = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _count;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _count);

    public int Count => _count;

    /// <summary>Free space of at least <paramref name="sizeHint"/> bytes after the written part.</summary>
    public Memory<byte> GetMemory(int sizeHint)
    {
        if (_array.Length - _count < sizeHint)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _count + sizeHint));
            _array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }

        return _array.AsMemory(_count);
    }

    public void Advance(int count) => _count += count;

    /// <summary>Starts a new message; gives back an array that grew for one unusually large message.</summary>
    public void Reset()
    {
        _count = 0;
        if (_array.Length > KeepAtMost)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = ArrayPool<byte>.Shared.Rent(InitialSize);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _count = 0;
    }
}
