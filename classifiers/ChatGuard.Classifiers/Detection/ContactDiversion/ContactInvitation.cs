using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: words that ask to be reached somewhere else (add me, DM me, WeChat, WhatsApp). With any of them a number or
/// address in a buyer's message stays a contact detail, whatever else the message says about deliveries or scams.
/// English cues count as whole words only, and LINE only where it is the app ("line id", "add me on line"), not a phone
/// line ("my old line is dead") nor the end of "helpline".
/// </summary>
public static class ContactInvitation
{
    private static readonly SearchValues<string> ChineseCues = SearchValues.Create(
        ["加我", "加微", "加v", "加q", "私聊", "私信", "私下", "微信", "扣扣"], StringComparison.Ordinal);

    private static readonly string[] EnglishCues =
        ["vx", "wx", "qq", "whatsapp", "telegram", "line id", "line me", "on line", "via line", "viber", "add me", "text me", "dm me", "pm me", "message me", "email me", "mail me", "directly"];

    /// <summary>Whether <paramref name="folded"/> (the folded view) asks to be reached outside the chat.</summary>
    public static bool In(ReadOnlySpan<char> folded) =>
        folded.ContainsAny(ChineseCues) || WholeWords.ContainAny(folded, EnglishCues, digitsJoin: false);
}
