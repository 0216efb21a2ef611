namespace ChatGuard.Classifiers;

/// <summary>The wire names of <see cref="SenderRole"/> (<c>buyer</c>, <c>agent</c>, <c>bot</c>), as the CLI and the gateway spell them.</summary>
public static class SenderRoleNames
{
    public static bool TryParse(string? wire, out SenderRole role)
    {
        switch (wire)
        {
            case "buyer": role = SenderRole.Buyer; return true;
            case "agent": role = SenderRole.Agent; return true;
            case "bot": role = SenderRole.Bot; return true;
            default: role = SenderRole.Unknown; return false;
        }
    }
}
