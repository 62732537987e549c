using Audiobook.Rendering.Synthesis;

namespace Audiobook.Rendering.Tests.Synthesis;

public sealed class RetryPolicyTests
{
    [Fact]
    public void DelayAfter_GrowsExponentiallyAndIsCapped()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(1), policy.DelayAfter(1, throttled: false, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.DelayAfter(3, throttled: false, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(10), policy.DelayAfter(9, throttled: false, 1.0));
        Assert.Equal(TimeSpan.Zero, policy.DelayAfter(3, throttled: false, 0.0));
    }

    [Fact]
    public void DelayAfter_Throttled_WaitsAtLeastTwoSeconds()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(30));
        Assert.True(policy.DelayAfter(1, throttled: true, 0.0) >= TimeSpan.FromSeconds(2));
    }
}
