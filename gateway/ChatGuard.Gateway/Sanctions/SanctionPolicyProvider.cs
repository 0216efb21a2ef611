using System.Globalization;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>The sanction policy of a tenant's profile, read from configuration when a violation is confirmed (so a reload applies to the next one).</summary>
public sealed class SanctionPolicyProvider(IConfiguration configuration, IOptionsMonitor<TenancyOptions> tenancy)
{
    public (string Profile, SanctionPolicy Policy) For(string tenant)
    {
        var profile = tenancy.CurrentValue.ProfileFor(tenant);
        var section = configuration.GetSection(string.Format(CultureInfo.InvariantCulture, SanctionPolicy.SectionFormat, profile));
        return (profile, section.Get<SanctionPolicy>() ?? new SanctionPolicy());
    }
}
