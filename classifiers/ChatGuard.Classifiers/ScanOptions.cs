namespace ChatGuard.Classifiers;

/// <summary>What a scan needs besides the text.</summary>
/// <param name="Profile">The policy profile's name; null means the default profile.</param>
/// <param name="Role">Who sent the message.</param>
/// <param name="RecentMessages">
/// The same sender's earlier messages in the conversation, oldest first (a short window): contact details split
/// over several messages ("加我" / "微" / "信" / "lily7788") are caught on the message that completes them.
/// </param>
public sealed record ScanOptions(string? Profile = null, SenderRole Role = SenderRole.Unknown, IReadOnlyList<string>? RecentMessages = null)
{
    public static readonly ScanOptions Default = new();
}
