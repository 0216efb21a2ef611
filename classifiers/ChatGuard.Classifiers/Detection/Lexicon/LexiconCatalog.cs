using System.Collections.Concurrent;
using System.Text.Json;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.Lexicon;

/// <summary>
/// The term lists per profile: the built-in <c>Lexicons/*.json</c> embedded in this assembly, overridden by an
/// optional directory — <c>DIR/NAME.json</c> replaces or adds the list <c>NAME</c> for every profile,
/// <c>DIR/{profile}/NAME.json</c> for one profile only. The directory is watched: an edited list is compiled
/// in the background and swapped in for the next message, without a restart; a list that fails to parse
/// leaves the previous one in force (<see cref="LastError"/> says why).
/// </summary>
public sealed class LexiconCatalog : IDisposable
{
    private const string ResourcePrefix = "ChatGuard.Classifiers.Lexicons.";

    private readonly ITextNormalizer _normalizer;
    private readonly string? _directory;
    private readonly IReadOnlyDictionary<string, LexiconFile> _builtIn;
    private readonly ConcurrentDictionary<string, CompiledLexicon> _compiled = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _debounce;

    public LexiconCatalog(ITextNormalizer normalizer, string? overrideDirectory = null)
    {
        _normalizer = normalizer;
        _builtIn = LoadBuiltIn();
        if (string.IsNullOrEmpty(overrideDirectory)) return;
        _directory = Path.GetFullPath(overrideDirectory);
        Directory.CreateDirectory(_directory);
        // Editors write a file in several steps; recompile once things settle.
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_directory, "*.json") { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Why the last reload of the override directory failed, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Incremented each time a reload has been swapped in.</summary>
    public int Generation { get; private set; }

    /// <summary>The compiled lists for <paramref name="profile"/> (compiled on first use, then cached).</summary>
    public CompiledLexicon For(string profile) => _compiled.GetOrAdd(profile, Compile);

    private CompiledLexicon Compile(string profile)
    {
        try
        {
            return new CompiledLexicon(Files(profile).Values, _normalizer);
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken override must not stop moderation: fall back to the built-in lists.
            LastError = e.Message;
            return new CompiledLexicon(_builtIn.Values, _normalizer);
        }
    }

    private CompiledLexicon CompileStrict(string profile) => new(Files(profile).Values, _normalizer);

    private Dictionary<string, LexiconFile> Files(string profile)
    {
        var files = new Dictionary<string, LexiconFile>(_builtIn, StringComparer.Ordinal);
        if (_directory is null) return files;
        ReadDirectory(_directory, files);
        var perProfile = Path.Combine(_directory, profile);
        if (Directory.Exists(perProfile)) ReadDirectory(perProfile, files);
        return files;
    }

    private static void ReadDirectory(string directory, Dictionary<string, LexiconFile> files)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            files[Path.GetFileNameWithoutExtension(path)] = Parse(stream, path);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _debounce?.Change(200, Timeout.Infinite);

    private void Reload()
    {
        try
        {
            var profiles = _compiled.Keys.ToArray();
            var rebuilt = profiles.ToDictionary(p => p, CompileStrict);
            foreach (var (profile, lexicon) in rebuilt) _compiled[profile] = lexicon;
            LastError = null;
            Generation++;
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            LastError = e.Message;
        }
    }

    private static Dictionary<string, LexiconFile> LoadBuiltIn()
    {
        var assembly = typeof(LexiconCatalog).Assembly;
        var files = new Dictionary<string, LexiconFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            files[resource[ResourcePrefix.Length..^".json".Length]] = Parse(stream, resource);
        }
        return files;
    }

    // A key written twice ("near": […], "near": […]) would silently keep only the last: refuse the file instead.
    private static readonly JsonSerializerOptions FileOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    private static LexiconFile Parse(Stream stream, string name) =>
        JsonSerializer.Deserialize<LexiconFile>(stream, FileOptions) ?? throw new InvalidDataException($"empty lexicon {name}");

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}
