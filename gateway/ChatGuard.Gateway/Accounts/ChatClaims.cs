namespace ChatGuard.Gateway.Accounts;

/// <summary>Claim types of a ChatGuard bearer token.</summary>
public static class ChatClaims
{
    public const string Tenant = "tenant";
    public const string Shop = "shop";
    public const string User = "sub";
    public const string Role = "role";
}
