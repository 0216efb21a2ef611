using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Accounts;

/// <summary>Which policy profile each tenant gets, and the shop sites that may embed its widget (<c>ChatGuard</c>).</summary>
public sealed class TenancyOptions
{
    public const string Section = "ChatGuard";

    /// <summary>The policy profile a tenant gets unless <see cref="Tenants"/> names another.</summary>
    [Required] public string DefaultProfile { get; set; } = "feige";

    /// <summary>Per-tenant settings, keyed by tenant id.</summary>
    public Dictionary<string, TenantOptions> Tenants { get; set; } = [];

    public string ProfileFor(string tenant) =>
        Tenants.TryGetValue(tenant, out var t) && !string.IsNullOrWhiteSpace(t.Profile) ? t.Profile : DefaultProfile;
}
