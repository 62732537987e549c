using Audiobook.Benchmarks;

return await BenchmarkApplication.RunAsync(args).ConfigureAwait(false);
