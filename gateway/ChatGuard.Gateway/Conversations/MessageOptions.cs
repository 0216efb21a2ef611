using System.ComponentModel.DataAnnotations;

namespace ChatGuard.Gateway.Conversations;

/// <summary>Limits on what one message may carry and on history pages (<c>ChatGuard:Messages</c>).</summary>
public sealed class MessageOptions
{
    public const string Section = "ChatGuard:Messages";

    [Range(1, 100_000)] public int MaxLength { get; set; } = 2000;

    [Range(1, 256)] public int MaxClientMessageIdLength { get; set; } = 128;

    [Range(1, 10_000)] public int HistoryPageSize { get; set; } = 500;
}
