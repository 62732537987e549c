using System.Diagnostics;

namespace Audiobook.TtsServer.Tests.TestSupport;

internal static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, double seconds = 15)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed.TotalSeconds < seconds, $"condition not reached within {seconds} s");
            await Task.Delay(50);
        }
    }
}
