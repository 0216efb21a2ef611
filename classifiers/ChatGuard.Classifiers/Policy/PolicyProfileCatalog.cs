using System.Reflection;
using System.Text.Json;

namespace ChatGuard.Classifiers.Policy;

/// <summary>The shipped policy profiles (one per platform), loaded from the JSON embedded in this assembly.</summary>
public sealed class PolicyProfileCatalog
{
    public const string DefaultProfileName = "feige";

    private readonly Dictionary<string, PolicyProfile> _profiles;

    public PolicyProfileCatalog(IEnumerable<PolicyProfile> profiles, string defaultProfile = DefaultProfileName)
    {
        _profiles = profiles.ToDictionary(p => p.Name, StringComparer.Ordinal);
        if (!_profiles.ContainsKey(defaultProfile)) throw new UnknownProfileException(defaultProfile);
        DefaultProfile = defaultProfile;
    }

    public string DefaultProfile { get; }

    public IReadOnlyCollection<string> Names => _profiles.Keys;

    public PolicyProfile Get(string? name) =>
        _profiles.TryGetValue(name ?? DefaultProfile, out var profile) ? profile : throw new UnknownProfileException(name!);

    public static PolicyProfileCatalog LoadBuiltIn(string defaultProfile = DefaultProfileName)
    {
        var assembly = typeof(PolicyProfileCatalog).Assembly;
        var profiles = new List<PolicyProfile>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Policy.Profiles.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            profiles.Add(JsonSerializer.Deserialize<PolicyProfile>(stream)
                ?? throw new InvalidDataException($"empty profile resource {resource}"));
        }
        return new PolicyProfileCatalog(profiles, defaultProfile);
    }
}
