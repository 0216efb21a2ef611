using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 precision: a buyer reporting to the shop a number that someone else called or texted them from ("someone called
/// from 0905 … claiming to be your rider", "got a text from 0917 … asking for my card, reporting it here") names the
/// scammer's number to warn, not to be reached there; so does one forwarding the address or link a phishing mail or text
/// came from ("got an email from refund-centre@gmail.com, is this real?"), or one telling what a caller asked them to do
/// ("he asked me to pay to 0917 …, is that real?"). The message must frame a third party's call,
/// message or claim, and ask for no contact elsewhere (<see cref="ContactInvitation"/>).
/// </summary>
public static class ReportedContact
{
    private static readonly SearchValues<string> ReportCues = SearchValues.Create(
        ["claiming to be", "claimed to be", "claims to be", "pretending to be", "pretended to be", "posing as", "saying they're from", "saying theyre from", "said they were from", "said he was from", "said she was from", "saying he's from", "saying she's from",
         "is this you", "is this really you", "is this your", "was this you", "is that you", "is this real", "is this legit", "reporting it", "reporting this", "reporting them", "want to report", "to report",
         "got a call from", "got an email from", "got a mail from", "got an email", "got an sms", "i got message", "received sms", "got a text", "got a text from", "got an sms from", "got a message from", "received a call", "received an email", "received a text", "received a message",
         "someone called", "someone texted", "someone messaged", "someone emailed", "someone from", "somebody called", "a guy called", "a lady called", "keeps calling me", "kept calling me",
         "scammer", "scammers", "scam call", "scam text", "phishing", "just reporting", "using your logo", "using your name", "the number was", "keeps texting me", "kept texting me", "texted me", "messaged me", "called me", "nag-message", "nag message", "tumawag", "daw kayo",
         "your official number", "is this the official", "is that the official", "is this your official", "not official right", "messaged me on", "is that your staff", "is this your staff", "called from", "calling from", "texted from", "messaged from", "is that really", "i reported", "reported a scam", "scam page", "scam account", "fake agent", "fake account", "fake page", "fake rider", "fake courier",
         "is it scam", "is it a scam", "is this a scam", "is that a scam", "someone sent me", "sent me a link", "sent me that link", "sent me this link", "asked me to open", "didn't click", "didnt click", "i didn't open", "just letting you know", "is this your site", "is that your site",
         "asked me to", "told me to", "wants me to", "wanted me to", "is that real", "is that legit", "is it real", "is it legit",
         "有人冒充", "冒充", "骗子", "诈骗", "是你们吗", "是不是你们", "自称"],
        StringComparison.Ordinal);

    /// <summary>Whether <paramref name="folded"/> (the folded view) reports a third party's number.</summary>
    public static bool Reads(string folded)
    {
        var s = folded.AsSpan();
        return s.ContainsAny(ReportCues) && !ContactInvitation.In(s);
    }
}
