using System.ComponentModel.DataAnnotations;
using Audiobook.Media.Encoding;
using Audiobook.Media.Probing;

namespace Audiobook.Media.Tests.Encoding;

/// <summary>The encoder's limits are enforced, never clamped: a value out of range is an error where it enters.</summary>
public sealed class EncoderOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void AudioEncoder_ProcessLimitOutOfRange_Throws(int limit)
    {
        var error = Assert.Throws<ValidationException>(() => new AudioEncoder(new EncoderOptions { MaxConcurrentProcesses = limit }));

        Assert.Contains(nameof(EncoderOptions.MaxConcurrentProcesses), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MediaProbe_NegativeGracePeriod_Throws() =>
        Assert.Throws<ValidationException>(() => new MediaProbe(new EncoderOptions { CancellationGracePeriod = TimeSpan.FromSeconds(-1) }));

    [Fact]
    public async Task AudioEncoder_LimitInRange_IsAccepted()
    {
        await using var encoder = new AudioEncoder(new EncoderOptions { MaxConcurrentProcesses = 64 });
    }
}
