using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>Finds a tenant's service rules: its profile (<see cref="ServiceProfilesOptions.ProfileFor"/>), parsed and cached.</summary>
public sealed class ServiceProfiles
{
    private readonly IOptionsMonitor<ServiceProfilesOptions> _options;
    private readonly ConcurrentDictionary<string, ProfileRules> _parsed = new();

    public ServiceProfiles(IOptionsMonitor<ServiceProfilesOptions> options)
    {
        _options = options;
        options.OnChange(_ => _parsed.Clear());
    }

    public ProfileRules ForTenant(string tenant) => ForProfile(_options.CurrentValue.ProfileFor(tenant));

    public ProfileRules ForProfile(string profile) =>
        _parsed.GetOrAdd(profile, p => new ProfileRules(p,
            _options.CurrentValue.Profiles.TryGetValue(p, out var options) ? options : new ServiceRuleOptions()));
}
