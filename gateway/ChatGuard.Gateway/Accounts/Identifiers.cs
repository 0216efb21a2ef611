using System.Text.RegularExpressions;

namespace ChatGuard.Gateway.Accounts;

/// <summary>The shape of tenant, shop, user and conversation ids: short, printable ASCII, no separators that could forge keys.</summary>
public static partial class Identifiers
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool IsValid(string? id) => id is not null && Shape().IsMatch(id);
}
