namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// The <c>ChatGuard</c> section as far as service rules go: each profile's numbers, <c>ChatGuard:Profiles:{name}:...</c>
/// (which profile a tenant follows is tenancy's, <c>TenancyOptions</c>; other features bind their own keys).
/// </summary>
public sealed class ServiceProfilesOptions
{
    public const string Section = "ChatGuard";

    public Dictionary<string, ServiceRuleOptions> Profiles { get; set; } = [];
}
