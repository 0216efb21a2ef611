namespace ChatGuard.Classifiers.Verdicts;

/// <summary>What the gateway does with a message; ordered from least to most restrictive.</summary>
public enum ModerationAction
{
    /// <summary>Delivered as sent.</summary>
    Allow = 0,
    /// <summary>Delivered with the matched spans replaced.</summary>
    Mask = 1,
    /// <summary>Held for a moderator before anyone else sees it.</summary>
    Review = 2,
    /// <summary>Not delivered; the sender is told why.</summary>
    Block = 3,
}

public static class ModerationActionNames
{
    public static string ToWire(this ModerationAction action) => action switch
    {
        ModerationAction.Allow => "allow",
        ModerationAction.Mask => "mask",
        ModerationAction.Review => "review",
        ModerationAction.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static bool TryParse(string? wire, out ModerationAction action)
    {
        switch (wire)
        {
            case "allow": action = ModerationAction.Allow; return true;
            case "mask": action = ModerationAction.Mask; return true;
            case "review": action = ModerationAction.Review; return true;
            case "block": action = ModerationAction.Block; return true;
            default: action = ModerationAction.Allow; return false;
        }
    }
}
