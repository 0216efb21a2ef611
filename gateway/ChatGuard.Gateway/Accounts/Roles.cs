namespace ChatGuard.Gateway.Accounts;

/// <summary>S7: the roles a token can carry; every hub method and endpoint is authorized by them.</summary>
public static class Roles
{
    public const string Buyer = "buyer";
    public const string Agent = "agent";
    public const string Moderator = "moderator";
    public const string Bot = "bot";

    public static readonly IReadOnlyList<string> All = [Buyer, Agent, Moderator, Bot];

    public static bool IsKnown(string? role) => role is Buyer or Agent or Moderator or Bot;
}
