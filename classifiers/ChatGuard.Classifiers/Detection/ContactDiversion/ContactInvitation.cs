using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1: words that ask to be reached somewhere else (add me, DM me, WeChat, WhatsApp). With any of them a number or
/// address in a buyer's message stays a contact detail, whatever else the message says about deliveries or scams.
/// English cues count as whole words only, and LINE only where it is the app ("line id", "add me on line"), not a phone
/// line ("my old line is dead") nor the end of "helpline". An app named as where a stranger reached the buyer ("a guy on
/// WhatsApp sent me…", "messaged me on WhatsApp") is the report's setting, not an invitation.
/// </summary>
public static class ContactInvitation
{
    private static readonly SearchValues<string> ChineseCues = SearchValues.Create(
        ["加我", "加微", "加v", "加q", "私聊", "私信", "私下", "微信", "扣扣"], StringComparison.Ordinal);

    private static readonly string[] EnglishAsks =
        ["line me", "on line", "via line", "add me", "text me", "dm me", "pm me", "message me", "email me", "mail me", "directly"];

    private static readonly string[] AppNames = ["vx", "wx", "qq", "whatsapp", "telegram", "line id", "viber"];

    // Who reached the buyer on the app: a third party, or a past act done to the buyer ("texted me on", "sent me on").
    private static readonly string[] ThirdParties = ["someone", "somebody", "guy", "man", "lady", "woman", "person", "account", "number", "scammer", "stranger", "sent", "texted", "messaged", "contacted", "called", "added"];

    private static readonly string[] Prepositions = ["on", "via", "over", "through", "from", "in"];

    /// <summary>Whether <paramref name="folded"/> (the folded view) asks to be reached outside the chat.</summary>
    public static bool In(ReadOnlySpan<char> folded) =>
        folded.ContainsAny(ChineseCues) || WholeWords.ContainAny(folded, EnglishAsks, digitsJoin: false) || NamesAppToReach(folded);

    private static bool NamesAppToReach(ReadOnlySpan<char> text)
    {
        foreach (var app in AppNames)
        {
            for (var at = WholeWords.IndexOf(text, app, 0, digitsJoin: false); at >= 0; at = WholeWords.IndexOf(text, app, at + 1, digitsJoin: false))
            {
                if (!ReachedByThirdParty(text[..at])) return true;
            }
        }
        return false;
    }

    // "... a guy on ", "... messaged me on ": the words right before the app name.
    private static bool ReachedByThirdParty(ReadOnlySpan<char> before)
    {
        var words = before.TrimEnd().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Array.IndexOf(Prepositions, words[^1]) < 0) return false;
        var actor = words[^2] == "me" && words.Length >= 3 ? words[^3] : words[^2];
        return Array.IndexOf(ThirdParties, actor) >= 0;
    }
}
