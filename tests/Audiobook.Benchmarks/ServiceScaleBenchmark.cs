using System.Globalization;
using System.Text;
using Audiobook.Benchmarks.Service;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Audiobook.Benchmarks;

/// <summary><c>service-scale [--renders 20] [--chapters 10]</c>: the database's size per 1,000 rendered chapters. Two equal
/// waves of renders (each of its own one-sentence-per-chapter book) go through the service on two worker processes; the
/// size of every table and index of ours and of Hangfire's schema is read before and after each wave, so the second wave's
/// growth is the steady cost of a chapter (the first also pays for empty tables' first pages).</summary>
internal sealed class ServiceScaleBenchmark : IBenchmark
{
    public string Name => "service-scale";

    public string Description => "database size per 1,000 chapters rendered through the service";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var renders = Options.Int(args, "--renders", 20);
        var chapters = Options.Int(args, "--chapters", 10);
        var root = Path.Combine(Path.GetTempPath(), "bench-scale-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        await using var stack = await ServiceStack.StartAsync(root, new Dictionary<string, string?>(), new Dictionary<string, string?>
        {
            ["Rendering:RequestsPerMinute"] = "0",
            ["Worker:Workers"] = "2",
            ["Worker:Sessions"] = "2",
        }, cancellationToken).ConfigureAwait(false);
        stack.StartWorker(new Dictionary<string, string?>());
        stack.StartWorker(new Dictionary<string, string?>());
        Console.WriteLine($"{renders} renders in two waves, {chapters} one-sentence chapters each, 2 worker processes; load {Options.LoadAverage()}");

        var sizes = new List<DatabaseSize> { await DatabaseSize.ReadAsync(stack.ConnectionString, cancellationToken).ConfigureAwait(false) };
        var wave = renders / 2;
        for (var w = 0; w < 2; w++)
        {
            await RenderWaveAsync(stack, w, wave, chapters, cancellationToken).ConfigureAwait(false);
            sizes.Add(await DatabaseSize.ReadAsync(stack.ConnectionString, cancellationToken).ConfigureAwait(false));
        }

        await stack.StopWorkersAsync().ConfigureAwait(false);
        var perWave = wave * chapters;
        Console.WriteLine();
        Console.WriteLine("| table | rows after | bytes after wave 1 | bytes after wave 2 |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var table in sizes[2].Tables.Where(t => t.Value.Bytes > sizes[0].Tables.GetValueOrDefault(t.Key).Bytes).OrderByDescending(t => t.Value.Bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {table.Key} | {table.Value.Rows:N0} | {sizes[1].Tables.GetValueOrDefault(table.Key).Bytes:N0} | {table.Value.Bytes:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| measure | wave 1 | wave 2 (steady) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| chapters rendered | {perWave:N0} | {perWave:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| growth of our tables (MiB) | {(sizes[1].Ours - sizes[0].Ours) / 1048576.0:0.00} | {(sizes[2].Ours - sizes[1].Ours) / 1048576.0:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| growth of Hangfire's schema (MiB) | {(sizes[1].Hangfire - sizes[0].Hangfire) / 1048576.0:0.00} | {(sizes[2].Hangfire - sizes[1].Hangfire) / 1048576.0:0.00} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **MiB per 1,000 chapters** (ours + Hangfire's) | {PerThousand(sizes[0], sizes[1], perWave):0.0} | **{PerThousand(sizes[1], sizes[2], perWave):0.0}** |"));
        Console.WriteLine();
        Console.WriteLine($"load {Options.LoadAverage()}");
        await stack.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(root, recursive: true);
    }

    private static double PerThousand(DatabaseSize before, DatabaseSize after, int chapters) =>
        (after.Ours + after.Hangfire - before.Ours - before.Hangfire) / 1048576.0 / chapters * 1000;

    private static async Task RenderWaveAsync(ServiceStack stack, int wave, int renders, int chapters, CancellationToken cancellationToken)
    {
        await using var scope = stack.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var publisher = await services.GetRequiredService<PublisherDirectory>().AddAsync($"Scale {wave + 1}", null, null, cancellationToken).ConfigureAwait(false);
        var ids = new List<Guid>();
        for (var r = 0; r < renders; r++)
        {
            var text = new StringBuilder($"# Scale book {wave + 1}.{r + 1}\n\n");
            for (var c = 0; c < chapters; c++)
            {
                text.Append(CultureInfo.InvariantCulture, $"## Chapter {c + 1}\n\nBook {wave + 1}.{r + 1} has reached chapter {c + 1}.\n\n");
            }

            await using var file = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
            var book = await services.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, "scale.md", file, cancellationToken).ConfigureAwait(false);
            var render = await services.GetRequiredService<RenderSubmitter>().SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id }, cancellationToken).ConfigureAwait(false);
            ids.Add(render.Id);
        }

        var db = services.GetRequiredService<AudiobookDbContext>();
        while (true)
        {
            await Task.Delay(1000, cancellationToken).ConfigureAwait(false);
            var states = await db.Renders.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.State, r.Error }).ToListAsync(cancellationToken).ConfigureAwait(false);
            var failed = states.FirstOrDefault(s => s.State is RenderState.Failed or RenderState.Cancelled);
            if (failed is not null)
            {
                throw new InvalidOperationException($"a render ended {failed.State}: {failed.Error}");
            }

            if (states.All(s => s.State == RenderState.Succeeded))
            {
                return;
            }
        }
    }

    /// <summary>Bytes and live rows per table (heap, indexes and TOAST) in our schema and in Hangfire's.</summary>
    private sealed record DatabaseSize(IReadOnlyDictionary<string, (long Bytes, long Rows)> Tables)
    {
        public long Ours => Tables.Where(t => !t.Key.StartsWith("hangfire.", StringComparison.Ordinal)).Sum(t => t.Value.Bytes);

        public long Hangfire => Tables.Where(t => t.Key.StartsWith("hangfire.", StringComparison.Ordinal)).Sum(t => t.Value.Bytes);

        public static async Task<DatabaseSize> ReadAsync(string connectionString, CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            const string Sql = """
                SELECT n.nspname || '.' || c.relname, pg_total_relation_size(c.oid), greatest(c.reltuples, 0)::bigint
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND n.nspname IN ('public', 'hangfire')
                """;
            // Row estimates come from ANALYZE; run it so the counts are current.
            await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
            {
                await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var command = new NpgsqlCommand(Sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var tables = new Dictionary<string, (long, long)>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tables[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }

            return new DatabaseSize(tables);
        }
    }
}
