namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// The <c>ChatGuard</c> section as far as service rules go: which profile each tenant follows and each profile's
/// numbers (<c>ChatGuard:Profiles:{name}:...</c>); other features bind their own keys of the same section.
/// </summary>
public sealed class ServiceProfilesOptions
{
    public const string Section = "ChatGuard";

    /// <summary>The policy profile a tenant gets unless <see cref="Tenants"/> names another.</summary>
    public string DefaultProfile { get; set; } = "feige";

    public Dictionary<string, TenantProfile> Tenants { get; set; } = [];

    public Dictionary<string, ServiceRuleOptions> Profiles { get; set; } = [];

    public string ProfileFor(string tenant) =>
        Tenants.TryGetValue(tenant, out var t) && !string.IsNullOrWhiteSpace(t.Profile) ? t.Profile : DefaultProfile;
}

/// <summary><c>ChatGuard:Tenants:{tenant}:Profile</c>.</summary>
public sealed class TenantProfile
{
    public string? Profile { get; set; }
}
