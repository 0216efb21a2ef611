using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>The <c>ChatGuard:Profiles</c> section as far as service rules go (other features bind their own keys there).</summary>
public sealed class ServiceProfilesOptions
{
    public Dictionary<string, ServiceRuleOptions> Profiles { get; set; } = [];
}

/// <summary>Finds a tenant's service rules: its profile (<see cref="TenancyOptions.ProfileFor"/>), parsed and cached.</summary>
public sealed class ServiceProfiles
{
    private readonly IOptionsMonitor<TenancyOptions> _chatGuard;
    private readonly IOptionsMonitor<ServiceProfilesOptions> _profiles;
    private readonly ConcurrentDictionary<string, ProfileRules> _parsed = new();

    public ServiceProfiles(IOptionsMonitor<TenancyOptions> chatGuard, IOptionsMonitor<ServiceProfilesOptions> profiles)
    {
        _chatGuard = chatGuard;
        _profiles = profiles;
        profiles.OnChange(_ => _parsed.Clear());
    }

    public ProfileRules ForTenant(string tenant) => ForProfile(_chatGuard.CurrentValue.ProfileFor(tenant));

    public ProfileRules ForProfile(string profile) =>
        _parsed.GetOrAdd(profile, p => new ProfileRules(p,
            _profiles.CurrentValue.Profiles.TryGetValue(p, out var options) ? options : new ServiceRuleOptions()));
}
