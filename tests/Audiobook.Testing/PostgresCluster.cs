using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Audiobook.Testing;

/// <summary>A throwaway PostgreSQL cluster for one test process: initialized from Debian's binaries into a temporary
/// folder (as the <c>postgres</c> user when running as root, since initdb refuses root), started on a free loopback port
/// with durability off (tests do not need fsync), and stopped and deleted when the process exits. Each test class
/// takes its own database from it (<see cref="CreateDatabaseAsync"/>), so nothing is skipped for want of a server.</summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(() => StartAsync(CancellationToken.None));
    private static int _databases;

    private PostgresCluster(string directory, string binaries, int port)
    {
        Directory = directory;
        Binaries = binaries;
        Port = port;
    }

    /// <summary>The folder holding the data directory and the socket.</summary>
    public string Directory { get; }

    public string Binaries { get; }

    public int Port { get; }

    /// <summary>The cluster of this test process, started on first use.</summary>
    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    /// <summary>A connection string for <paramref name="database"/> as the superuser (trust authentication on loopback).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = true,
            MaxPoolSize = 30,
            IncludeErrorDetail = true,
        }.ConnectionString;

    /// <summary>Creates a fresh, empty database named after <paramref name="prefix"/>; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray())}_{Interlocked.Increment(ref _databases)}");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync().ConfigureAwait(false);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        return ConnectionString(name);
    }

    /// <summary>Stops the server (as a crash or a restart would) without deleting anything.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast");

    /// <summary>Starts the server again after <see cref="StopAsync"/>.</summary>
    public Task RestartAsync() => PgCtlAsync("start", "-w", "-l", Path.Combine(Directory, "server.log"), "-o", ServerOptions());

    private static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var binaries = FindBinaries();
        await StopOrphansAsync(binaries).ConfigureAwait(false);
        var directory = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        System.IO.Directory.CreateDirectory(directory);
        var cluster = new PostgresCluster(directory, binaries, FreePorts.Next());
        await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false, cancellationToken).ConfigureAwait(false);
        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", cluster.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true, cancellationToken).ConfigureAwait(false);
        await cluster.RestartAsync().ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Destroy();
        return cluster;
    }

    private const string FolderPrefix = "audiobook-pg-";

    private string DataDirectory => Path.Combine(Directory, "data");

    /// <summary>Stops and deletes the clusters of test processes that died without their exit handler (killed by a
    /// timeout or a signal): their folders are named after the process id, so a folder whose process is gone is an orphan.
    /// A reused process id only means an orphan waits for a later run.</summary>
    private static async Task StopOrphansAsync(string binaries)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(folder);
            var pid = name[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId || System.IO.Directory.Exists($"/proc/{id}"))
            {
                continue;
            }

            try
            {
                await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "stop", "-m", "immediate"], asPostgres: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // Not running.
            }

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private string ServerOptions() => string.Create(
        CultureInfo.InvariantCulture,
        $"-p {Port} -k {Directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400");

    private Task PgCtlAsync(params string[] arguments) =>
        RunAsync(Path.Combine(Binaries, "pg_ctl"), ["-D", DataDirectory, .. arguments], asPostgres: true, CancellationToken.None);

    private void Destroy()
    {
        try
        {
            PgCtlAsync("stop", "-m", "immediate").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres && IsRoot ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // pg_ctl start leaves the server running with our pipes open: read until the program itself exits.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var text = await error.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {text.Trim()}");
        }

        _ = output;
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql): the service's tests need a real server");
    }

}
