using System.Globalization;
using ChatGuard.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Sanctions;

/// <summary>The sanction policy of a tenant's profile, read from configuration when a violation is confirmed (so a reload applies to the next one).</summary>
public sealed class SanctionPolicyProvider(IConfiguration configuration, IOptionsMonitor<ChatGuardOptions> options)
{
    public (string Profile, SanctionPolicy Policy) For(string tenant)
    {
        var profile = options.CurrentValue.ProfileFor(tenant);
        var section = configuration.GetSection(string.Format(CultureInfo.InvariantCulture, SanctionPolicy.SectionFormat, profile));
        return (profile, section.Get<SanctionPolicy>() ?? new SanctionPolicy());
    }
}
