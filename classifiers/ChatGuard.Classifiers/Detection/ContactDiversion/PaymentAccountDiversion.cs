using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1 beside C4: money asked into a channel off the platform — a 微信 or 支付宝 transfer, a QR code, PayPal, Venmo, a bank
/// card — hands the buyer a third-party payment account, which RULES.md C1 names as third-party information. Runs after
/// the term rules: when a payment <em>rule</em> found the ask (not a learned score: a score alone never adds a label) and
/// the message names such a channel (the lexicon family <see cref="CompiledLexicon.PaymentChannelFamily"/>), the same
/// span is contact diversion too. Rules that name the account themselves say so in their lexicon (<c>alsoLabels</c>);
/// this covers the generic asks (直接微信转我, 走zfb, "tag is $…"). The other way round, an account the contact rules read
/// as one to pay into (支付宝转到 a mail address, "$tag", a bank card, a pay code) is C4 too: money into a named account.
/// </summary>
public sealed class PaymentAccountDiversion(LexiconCatalog lexicons) : IDetector
{
    // C4 without C1: the buyer's own card details asked "to verify a refund" name no account the buyer is told to pay into.
    private const string BuyerCardAsk = "refund-card-details";

    // C4 beside C1: what the contact rules read as an account to pay into (a wallet handle, "$tag", a bank card, a pay
    // code or a QR shown in a picture) is money asked into a named account, whether or not a payment rule heard the ask.
    private static readonly HashSet<string> PaymentAccountDetails = new(StringComparer.Ordinal)
    {
        "payment handle", "payment-account", "pay-code", "pay-pointer", "bank card",
    };

    // C4 beside C1: wallets paid to an e-mail address (PayPal, FPS, Zelle, Interac…): the shop's address in a message
    // naming one is the account money is asked into (個PayPal係 shop@…, 用FPS 去 email …).
    private const string EmailDetail = "email";
    private const string MailWalletFamily = Labels.ContactDiversion + "/mail_wallet";

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        Finding? payment = null, account = null, email = null;
        bool contact = false, paymentRule = false;
        foreach (var finding in findings)
        {
            if (finding.Label == Labels.ContactDiversion)
            {
                contact = true;
                if (account is null && finding.Evidence != Evidence.Model && finding.Detail is { } detail && PaymentAccountDetails.Contains(detail)) account = finding;
                if (email is null && finding.Evidence != Evidence.Model && finding.Detail == EmailDetail) email = finding;
            }
            else if (finding.Label == Labels.OffPlatformPayment && finding.Evidence != Evidence.Model)
            {
                paymentRule = true;
                if (payment is null && finding.Detail != BuyerCardAsk) payment = finding;
            }
        }
        // A buyer's own card or wallet, given for a refund, is where money comes back, not where it is asked to go.
        if (!paymentRule && context.Role != SenderRole.Buyer)
        {
            if (account is not null)
                findings.Add(account with { Label = Labels.OffPlatformPayment, RuleId = "C4", Detail = "payment into a named account" });
            // The address could also be the shop's support mail beside a word about PayPal: held for review, not blocked.
            else if (email is not null && NamesMailWallet(text, lexicons.For(context.Profile.Name)))
                findings.Add(email with { Label = Labels.OffPlatformPayment, RuleId = "C4", Detail = "payment into a named account", Evidence = Evidence.Term });
        }
        if (contact || payment is null || !NamesChannel(text, lexicons.For(context.Profile.Name))) return;
        findings.Add(payment with { Label = Labels.ContactDiversion, RuleId = "C1", Detail = "payment account" });
    }

    // Only read when an e-mail address was found, so the extra pass over the term lists is rare.
    private static bool NamesMailWallet(NormalizedText text, CompiledLexicon lexicon)
    {
        var family = lexicon.FamilyIdOf(MailWalletFamily);
        if (family < 0) return false;
        var hits = new List<TermHit>();
        lexicon.Match(text, hits);
        return hits.Exists(h => h.Family == family);
    }

    // Matched on the compact view (folded, no spaces: "z f b" reads zfb, "cash app" reads cashapp), where word edges are
    // gone: a Latin channel must also stand as a word in the folded text, or "payme" is read inside "payment".
    private static bool NamesChannel(NormalizedText text, CompiledLexicon lexicon)
    {
        var compact = text.Compact.Text;
        for (var start = 0; start < compact.Length; start++)
        {
            var found = compact.AsSpan(start).IndexOfAny(lexicon.PaymentChannels);
            if (found < 0) return false;
            start += found;
            foreach (var term in lexicon.PaymentChannelTerms)
                if (compact.AsSpan(start).StartsWith(term, StringComparison.Ordinal) && StandsAsWord(text, start, term.Length)) return true;
        }
        return false;
    }

    private static bool StandsAsWord(NormalizedText text, int start, int length)
    {
        if (!char.IsAsciiLetter(text.Compact.Text[start])) return true;
        var folded = text.Folded.Text;
        var first = text.CompactToFolded(start);
        var last = text.CompactToFolded(start + length - 1);
        var span = last - first + 1;
        // Typed as it is, letter by letter (z f b), as the words of a longer name (cash app, pay pal), or with one hyphen
        // (g-cash, m-pesa); a short name split once by a space is two words of talk ("pay me back" is no PayMe).
        var whole = span == length || span == 2 * length - 1 || length > 5
            || (span == length + 1 && folded.AsSpan(first, span).Contains('-'));
        return whole && (first == 0 || !char.IsAsciiLetterOrDigit(folded[first - 1]))
            && (last + 1 >= folded.Length || !char.IsAsciiLetter(folded[last + 1]));
    }
}
