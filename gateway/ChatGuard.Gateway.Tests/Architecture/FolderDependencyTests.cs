using System.Text.RegularExpressions;

namespace ChatGuard.Gateway.Tests.Architecture;

/// <summary>
/// Issue 20: the gateway's folders depend one way. Read from the source's <c>using</c> directives (a folder is its
/// namespace under <c>ChatGuard.Gateway</c>), so the rule holds for what a reader sees, not for what the compiler inlines.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string GatewaySource = Path.Combine(RepositoryRoot(), "gateway", "ChatGuard.Gateway");

    [Fact]
    public void No_two_folders_use_each_other()
    {
        var uses = FolderUses();
        var mutual = uses.SelectMany(a => a.Value.Where(b => string.CompareOrdinal(a.Key, b) < 0 && uses.TryGetValue(b, out var back) && back.Contains(a.Key))
            .Select(b => $"{a.Key} <-> {b}")).ToList();
        Assert.Empty(mutual);
    }

    [Fact]
    public void Only_the_entry_point_imports_Hosting()
    {
        var importers = FolderUses().Where(f => f.Value.Contains("Hosting")).Select(f => f.Key).ToList();
        Assert.Empty(importers);
    }

    [Fact]
    public void The_measure_sees_the_folders_it_judges()
    {
        // Guards the two tests above against passing on an empty or misread tree.
        var uses = FolderUses();
        Assert.Contains("Messaging", uses["Hosting"]);
        Assert.Contains("Conversations", uses["Messaging"]);
        Assert.True(uses.Count >= 20, $"only {uses.Count} folders found under {GatewaySource}");
    }

    private static Dictionary<string, HashSet<string>> FolderUses()
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(GatewaySource))
        {
            var name = Path.GetFileName(folder);
            if (name is "bin" or "obj" or "wwwroot" or "Properties") continue;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
                foreach (Match m in GatewayUsing().Matches(File.ReadAllText(file)))
                    if (m.Groups[1].Value != name) used.Add(m.Groups[1].Value);
            if (Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Any()) uses[name] = used;
        }
        return uses;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatGuard.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatGuard.sln not found above the test assembly");
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?ChatGuard\.Gateway\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex GatewayUsing();
}
