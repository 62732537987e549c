namespace Audiobook.TtsServer.Tests.TestSupport;

internal static class Wait
{
    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test if it never does (a guard, not a measurement).</summary>
    public static async Task UntilAsync(Func<bool> condition, double seconds = 15)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (!condition())
        {
            Assert.False(guard.IsCancellationRequested, $"condition not reached within {seconds} s");
            await Task.Delay(10, CancellationToken.None);
        }
    }
}
