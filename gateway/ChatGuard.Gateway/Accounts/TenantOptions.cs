namespace ChatGuard.Gateway.Accounts;

/// <summary>One tenant's settings (<c>ChatGuard:Tenants:{tenant}</c>).</summary>
public sealed class TenantOptions
{
    public string? Profile { get; set; }

    /// <summary>Shop sites of this tenant that may embed the widget (browser origins, e.g. https://shop.example).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
