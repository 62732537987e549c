namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>Waits for a condition observed in the database (polling, as a dashboard would), failing with what was last
/// seen when it does not come true in a generous time. The limit is a hang guard, not an assertion on speed.</summary>
internal static class Await
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? limit = null, Func<T, string>? describe = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (limit ?? TimeSpan.FromMinutes(5));
        T last;
        do
        {
            last = await read();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        throw new TimeoutException($"gave up waiting for {what}; last seen: {(describe is null ? last?.ToString() : describe(last))}");
    }
}
