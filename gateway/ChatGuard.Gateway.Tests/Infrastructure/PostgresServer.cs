using System.Diagnostics;

namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server (Debian's postgresql package) in a temporary folder on a free loopback port,
/// run as the 'postgres' user when the tests run as root (initdb refuses root). Stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string _dataDirectory = "";
    private string _bin = "";

    public int Port { get; private set; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=5;Command Timeout=15";

    /// <summary>A fresh, empty database on this server (one per test keeps tests independent); returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = prefix + Guid.NewGuid().ToString("N");
        await using (var admin = Npgsql.NpgsqlDataSource.Create(ConnectionString()))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
            await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql; deploy/install-deps.sh does it)");
        _dataDirectory = Directory.CreateTempSubdirectory("chatguard-pg-").FullName;
        if (Environment.UserName == "root") await RunAsync("chown", "-R", "postgres:postgres", _dataDirectory);
        await RunAsPostgresAsync(Path.Combine(_bin, "initdb"), "-D", _dataDirectory, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        Port = LoopbackPort.Free();
        await StartAsync();
    }

    /// <summary>Starts (or restarts) the server on the same data and port.</summary>
    public Task StartAsync() => RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _dataDirectory, "-w", "-t", "30", "-l",
        Path.Combine(_dataDirectory, "server.log"), "-o", $"-p {Port} -k {_dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");

    public Task StopAsync(string mode = "fast") =>
        RunAsPostgresAsync(Path.Combine(_bin, "pg_ctl"), "-D", _dataDirectory, "-w", "-m", mode, "stop");

    public async Task DisposeAsync()
    {
        try { await StopAsync("immediate"); } catch (InvalidOperationException) { }
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }

    private static Task RunAsPostgresAsync(string file, params string[] args) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", file, .. args]) : RunAsync(file, args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr} {await stdout}");
    }
}
