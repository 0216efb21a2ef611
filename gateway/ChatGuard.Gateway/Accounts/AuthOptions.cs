namespace ChatGuard.Gateway.Accounts;

/// <summary>The <c>ChatGuard:Auth</c> section: the HMAC key that signs and checks bearer tokens (S7).</summary>
public sealed class AuthOptions
{
    public const string Section = "ChatGuard:Auth";

    /// <summary>At least 32 bytes (UTF-8, or base64 with a <c>base64:</c> prefix). Required outside Development.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "chatguard";

    public string Audience { get; set; } = "chatguard";

    /// <summary>Lifetime of tokens issued by <c>/dev/token</c>.</summary>
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);
}
