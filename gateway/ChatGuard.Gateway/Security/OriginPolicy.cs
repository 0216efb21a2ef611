using ChatGuard.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Which browser origins may talk to the gateway: the gateway's own pages, the globally allowed origins, and each
/// tenant's shop sites. CORS (before the token is read) admits the union; the hub then holds a connection to its
/// own tenant's list, so one tenant's site cannot carry another tenant's buyers.
/// </summary>
public sealed class OriginPolicy(IOptionsMonitor<SecurityOptions> security, IOptionsMonitor<ChatGuardOptions> chatGuard)
{
    public bool IsAllowedForAnyTenant(string origin) =>
        Matches(security.CurrentValue.AllowedOrigins, origin)
        || chatGuard.CurrentValue.Tenants.Values.Any(t => Matches(t.AllowedOrigins, origin));

    /// <summary>No Origin header (native apps, servers) or the gateway's own host is always fine.</summary>
    public bool IsAllowedForTenant(string? origin, string tenant, HostString requestHost)
    {
        if (string.IsNullOrEmpty(origin)) return true;
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, requestHost.Value, StringComparison.OrdinalIgnoreCase))
            return true;
        return Matches(security.CurrentValue.AllowedOrigins, origin)
            || (chatGuard.CurrentValue.Tenants.TryGetValue(tenant, out var t) && Matches(t.AllowedOrigins, origin));
    }

    private static bool Matches(string[] allowed, string origin) =>
        allowed.Any(a => string.Equals(a.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
