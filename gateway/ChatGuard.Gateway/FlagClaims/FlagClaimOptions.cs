using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.FlagClaims;

/// <summary>The <c>ChatGuard:FlagClaims</c> section.</summary>
public sealed class FlagClaimOptions
{
    public const string Section = "ChatGuard:FlagClaims";

    /// <summary>
    /// How long a claim holds without renewal. The console renews it while the flag stays open, so a moderator who
    /// closed the tab frees the flag for others after this long.
    /// </summary>
    [Range(1, 240)] public int ClaimMinutes { get; set; } = 5;
}
