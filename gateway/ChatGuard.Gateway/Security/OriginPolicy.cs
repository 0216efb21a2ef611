using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ChatGuard.Gateway.Accounts;

namespace ChatGuard.Gateway.Security;

/// <summary>
/// Which browser origins may talk to the gateway: the gateway's own pages, the globally allowed origins, and each
/// tenant's shop sites. CORS (before the token is read) admits the union; the hub then holds a connection to its
/// own tenant's list, so one tenant's site cannot carry another tenant's buyers.
/// </summary>
public sealed class OriginPolicy(IOptionsMonitor<SecurityOptions> security, IOptionsMonitor<TenancyOptions> tenancy, IServer server)
{
    public bool IsAllowedForAnyTenant(string origin) =>
        Matches(security.CurrentValue.AllowedOrigins, origin)
        || tenancy.CurrentValue.Tenants.Values.Any(t => Matches(t.AllowedOrigins, origin));

    /// <summary>
    /// No Origin header (native apps, servers) is fine; a browser's origin must be configured, or be an address this
    /// process listens on (its own pages). Never the request's Host header: a DNS-rebound site sends a Host equal to its
    /// own origin (issue 18 item 12).
    /// </summary>
    public bool IsAllowedForTenant(string? origin, string tenant)
    {
        if (string.IsNullOrEmpty(origin)) return true;
        return IsOwnAddress(origin)
            || Matches(security.CurrentValue.AllowedOrigins, origin)
            || (tenancy.CurrentValue.Tenants.TryGetValue(tenant, out var t) && Matches(t.AllowedOrigins, origin));
    }

    /// <summary>
    /// An origin naming an address Kestrel listens on. A wildcard or <c>localhost</c> binding stands for loopback only:
    /// behind a proxy the public origin is configured in <c>AllowedOrigins</c>.
    /// </summary>
    private bool IsOwnAddress(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var o) || server.Features.Get<IServerAddressesFeature>() is not { } bound) return false;
        foreach (var address in bound.Addresses)
        {
            var binding = BindingAddress.Parse(address);
            if (binding.Scheme != o.Scheme || binding.Port != o.Port) continue;
            var host = binding.Host.Trim('[', ']');
            if (host is "0.0.0.0" or "::" or "+" or "*" or "localhost" ? o.IsLoopback : string.Equals(host, o.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool Matches(string[] allowed, string origin) =>
        allowed.Any(a => string.Equals(a.TrimEnd('/'), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
}
