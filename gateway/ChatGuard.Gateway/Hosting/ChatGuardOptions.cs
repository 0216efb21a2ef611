using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Hosting;

/// <summary>The <c>ChatGuard</c> configuration section (DESIGN.md's service contract).</summary>
public sealed class ChatGuardOptions
{
    public const string Section = "ChatGuard";

    /// <summary>Where the embedded store and the Development signing key live; relative to the working directory.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>The policy profile a tenant gets unless <see cref="Tenants"/> names another.</summary>
    [Required] public string DefaultProfile { get; set; } = "feige";

    /// <summary>Per-tenant settings, keyed by tenant id.</summary>
    public Dictionary<string, TenantOptions> Tenants { get; set; } = [];

    public ModerationOptions Moderation { get; set; } = new();

    public MessageOptions Messages { get; set; } = new();

    public string ProfileFor(string tenant) =>
        Tenants.TryGetValue(tenant, out var t) && !string.IsNullOrWhiteSpace(t.Profile) ? t.Profile : DefaultProfile;
}

public sealed class TenantOptions
{
    public string? Profile { get; set; }

    /// <summary>Shop sites of this tenant that may embed the widget (browser origins, e.g. https://shop.example).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

public sealed class ModerationOptions
{
    /// <summary>False only for baselines (load tests): every message is allowed unscanned.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Optional folder of term-list overrides (<c>NAME.json</c> for every profile, <c>{profile}/NAME.json</c> for one),
    /// watched and reloaded without a restart; unset uses the built-in lists.
    /// </summary>
    public string? LexiconDirectory { get; set; }

    /// <summary>
    /// Issue 18: how many of the sender's earlier messages in the conversation, sent within <see cref="RecentWindow"/>,
    /// are read with each message, so contact details split over messages are caught on the one that completes them.
    /// 0 turns it off.
    /// </summary>
    public int RecentMessages { get; set; } = 5;

    public TimeSpan RecentWindow { get; set; } = TimeSpan.FromSeconds(120);
}

public sealed class MessageOptions
{
    [Range(1, 100_000)] public int MaxLength { get; set; } = 2000;

    [Range(1, 256)] public int MaxClientMessageIdLength { get; set; } = 128;

    [Range(1, 10_000)] public int HistoryPageSize { get; set; } = 500;
}
