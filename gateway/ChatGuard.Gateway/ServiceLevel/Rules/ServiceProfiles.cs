using System.Collections.Concurrent;
using ChatGuard.Gateway.Accounts;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>Finds a tenant's service rules: its profile (<see cref="TenancyOptions.ProfileFor"/>), parsed and cached.</summary>
public sealed class ServiceProfiles
{
    private readonly IOptionsMonitor<TenancyOptions> _tenancy;
    private readonly IOptionsMonitor<ServiceProfilesOptions> _options;
    private readonly ConcurrentDictionary<string, ProfileRules> _parsed = new();

    public ServiceProfiles(IOptionsMonitor<TenancyOptions> tenancy, IOptionsMonitor<ServiceProfilesOptions> options)
    {
        _tenancy = tenancy;
        _options = options;
        options.OnChange(_ => _parsed.Clear());
    }

    public ProfileRules ForTenant(string tenant) => ForProfile(_tenancy.CurrentValue.ProfileFor(tenant));

    public ProfileRules ForProfile(string profile) =>
        _parsed.GetOrAdd(profile, p => new ProfileRules(p,
            _options.CurrentValue.Profiles.TryGetValue(p, out var options) ? options : new ServiceRuleOptions()));
}
