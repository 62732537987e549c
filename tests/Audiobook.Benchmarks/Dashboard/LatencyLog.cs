using System.Collections.Concurrent;

namespace Audiobook.Benchmarks.Dashboard;

/// <summary>Request latencies by what was asked (a page or an API call), with the failures counted apart.</summary>
internal sealed class LatencyLog
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public void Add(string what, double milliseconds) => _samples.GetOrAdd(what, _ => []).Add(milliseconds);

    public void Fail(string what) => _failures.AddOrUpdate(what, 1, (_, n) => n + 1);

    public IEnumerable<(string What, List<double> Samples, int Failures)> Rows =>
        _samples.Keys.Union(_failures.Keys).Order(StringComparer.Ordinal)
            .Select(k => (k, _samples.TryGetValue(k, out var bag) ? bag.ToList() : [], _failures.GetValueOrDefault(k)));
}
