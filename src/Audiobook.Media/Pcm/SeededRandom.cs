namespace Audiobook.Media.Pcm;

/// <summary>xorshift64* seeded through splitmix64: a tiny generator whose sequence is fixed by the seed on every
/// runtime and platform, so room tone (and therefore a chapter's bytes) is reproducible.</summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(int seed)
    {
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        _state = (z ^ (z >> 31)) | 1;
    }

    /// <summary>Uniform in [-1, 1).</summary>
    public double NextSigned()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        var bits = unchecked(_state * 0x2545F4914F6CDD1DUL) >> 11;
        return (bits * (1.0 / (1UL << 53)) * 2.0) - 1.0;
    }
}
