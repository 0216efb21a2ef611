namespace ChatGuard.Gateway.Tests.Infrastructure;

/// <summary>
/// The run's temporary folders (gateway data, SQLite files), all under one root that goes when the test process
/// ends: one folder per gateway and store test otherwise piles up in /tmp, thousands after a few runs.
/// PostgreSQL's data folder is not here: it must be reachable by the postgres user, and this root is private.
/// </summary>
public static class TestDirectories
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("chatguard-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return root;
    });

    /// <summary>A new empty folder, named after <paramref name="prefix"/>.</summary>
    public static string Create(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12])).FullName;
}
