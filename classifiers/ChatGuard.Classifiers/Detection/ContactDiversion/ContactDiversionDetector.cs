using System.Buffers;
using System.Text.RegularExpressions;
using ChatGuard.Classifiers.Detection.Tails;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C1, the parts that need no cue word: links and bare domains (also <c>点</c>/<c>dot</c>/<c>[.]</c> spellings,
/// <c>hxxp</c>, shorteners, IP addresses) outside the profile's allowlist, e-mail addresses (also
/// <c>at</c>/<c>dot</c> spellings), phone numbers and bank cards (<see cref="NumberClassifier"/>), and
/// crypto-currency wallet addresses and $cashtags. IM handles after cue words are lexicon rules (<c>contact_diversion.json</c>).
/// </summary>
public sealed partial class ContactDiversionDetector : IDetector
{
    // C1: the bracketed dot in the buyer's language too (boutique.mila [at] outlook [point] fr, [punto], [ponto], [punkt]).
    private const string Dot = @"(?:\.|\s?点\s?|。|\s?句号\s?|\[\.\]|\(\.\)|\[dot\]|\(dot\)|\{dot\}| dot |\[(?:point|punto|ponto|punkt)\]|\((?:point|punto|ponto|punkt)\))";
    private const string Tld = "(?:com|cn|net|org|io|me|cc|co|shop|top|xyz|info|link|ly|vip|club|site|online|store|app|tk|ru|hk|tw|us|uk|de|jp|kr|my|sg|gl|gd|biz|pro|live|fun|ink|wang|ltd|tv|ph|vn|au|ca|fr|es|it|nl|br|mx|so|su|ws|at|be|gy)";

    // All patterns run on the folded view (lower case, homoglyphs folded); repetitions are bounded and every
    // pattern has a match timeout, so adversarial input cannot make them backtrack for long.
    [GeneratedRegex(@"(?<![a-z0-9@._\-])(?:(?:https?|hxxps?|h\*\*ps?|ttps?)[:：]//)?(?<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?" + Dot + "){1,6}" + Tld + @")(?![a-z0-9])(?<path>(?::[0-9]{1,5})?/[^\s，。！？、]{0,300})?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Domain();

    [GeneratedRegex(@"(?:https?|hxxps?|h\*\*ps?)[:：]//(?<host>[a-z0-9\-._]{1,253})[^\s，。！？、]{0,300}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex SchemeUrl();

    // C1: a shortener spelled apart so no link forms ("tinyurl. com/ x7k2p", "t . me / shop", "w a . m e / 55…"); the slash and a path after
    // it make it a link and not two sentences ("loved it. me too").
    [GeneratedRegex(@"(?<![a-z0-9])(?<host>tinyurl\s?\.\s?com|bit\s?\.\s?ly|cutt\s?\.\s?ly|rb\s?\.\s?gy|is\s?\.\s?gd|t\s?\.\s?me|w\s?a\s?\.\s?m\s?e|goo\s?\.\s?gl|ow\s?\.\s?ly|s\s?\.\s?id|shorturl\s?\.\s?at|linktr\s?\.\s?ee)\s?/\s?[a-z0-9_\-]{2,60}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex SpacedShortLink();

    // C1: a scheme typed letter by letter ("h t t p s : / / shop123 . com"): nobody spells one out but to slip a link past
    // a filter, so the host after it is a link whatever it ends with (. ae as much as . com).
    [GeneratedRegex(@"(?<![a-z])h ?t ?t ?p ?s? ?[:：] ?/ ?/ ?(?<host>[a-z0-9\-]{1,63}(?: ?" + Dot + @" ?[a-z0-9\-]{1,63}){1,5})(?![a-z0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex SpelledSchemeLink();

    // C1: a domain with spaces around its dot ("glowbyzara . com", "xiaoli380893 . com哦"), the spacing a filter does not join.
    // Only endings no English sentence starts with ("store . shop now" could be), after a name of four characters or more,
    // and not followed by a word: Portuguese "com" is "with" ("obrigada . com certeza").
    [GeneratedRegex(@"(?<![a-z0-9@._\-])(?<host>[a-z][a-z0-9\-]{3,62} \. (?:com|cn|xyz))(?![a-z0-9])(?! [a-z])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex SpacedDotDomain();

    // C1: a link typed backwards ("moc.sepacsdnal//:sptth", read it backwards): its reversed scheme is in no word.
    [GeneratedRegex(@"(?<![a-z0-9./\-])(?:[a-z0-9\-]{1,63}/){0,4}(?<host>[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,5})//:s?ptth(?![a-z])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex ReversedLink();

    [GeneratedRegex(@"(?<![0-9.])(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?![0-9.])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex IpAddress();

    // C1: "@" and "." as Spanish, Portuguese and French read them out ("sophie arobase gmail point com", "juan arroba
    // hotmail punto com"): only inside an address, so "punto"/"point" in a sentence is no dot.
    private const string SpokenAt = "(?:at|arroba|arobase)";
    private const string MailDot = "(?:" + Dot + "| punto | ponto | point )";

    // C1: a bracketed "(at)" is a deliberate spelling, so the domain's name may be typed as words ("help (at) shop name (dot) com").
    [GeneratedRegex(@"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}\s?(?:(?:@|(?<= )" + SpokenAt + @"(?= )|艾特)\s?(?<domain>[a-z0-9\-]{1,63}(?:\s?" + MailDot + @"\s?[a-z0-9\-]{1,63}){1,4})|[\[\(\{]\s?at\s?[\]\)\}]\s?(?<domain>[a-z0-9\-]{1,63}(?: [a-z0-9\-]{1,63}){0,2}(?:\s?" + Dot + @"\s?[a-z0-9\-]{1,63}){1,4}))(?![a-z0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![a-z0-9])(?:t[0-9a-z]{33}|0x[0-9a-f]{40}|bc1[0-9a-z]{25,59})(?![a-z0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Wallet();

    // C4 with C1: a UPI virtual payment address (name@okaxis, 98xxxxxx@paytm): an account only money is sent to. Its
    // handle after "@" is a bank's or app's, with no dot, so the e-mail pattern never reads it.
    [GeneratedRegex(@"(?<![a-z0-9._\-])[a-z0-9][a-z0-9._\-]{1,63}@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|paytm|upi|apl|ibl|axl|pt(?:yes|axis|hdfc|sbi)|fbl|kotak|icici|sbi|hdfcbank|axisbank|idfcbank|yesbank|freecharge|jio|airtel)(?![a-z0-9.])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex UpiAddress();

    // A Cash App $cashtag: a dollar sign before letters, not a price; four letters at least, so $usd/$cad stay currencies.
    [GeneratedRegex(@"(?<![a-z0-9$])\$(?<tag>[a-z][a-z0-9_]{3,19})(?![a-z0-9_])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex Cashtag();

    private static readonly string[] CurrencyTags = ["usdt", "usdc", "busd"];

    // C1: a share code ("口令") another marketplace's app turns into a private link when pasted (复制这段￥AbC123xYz￥打开淘宝):
    // letters and digits, both, between two of the same currency sign. A price has no letters, a cashtag no closing sign.
    [GeneratedRegex(@"(?<![a-z0-9])(?<sign>[¥$€₴¢£])(?=[a-z0-9]{0,14}[0-9])(?=[a-z0-9]{0,14}[a-z])[a-z0-9]{8,14}\k<sign>",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex ShareCode();

    // C1: a handle asked for or given by its "@" alone ("what's your @ on there", "drop ur @", "my @ is …"). The term lists
    // match a view without symbols, where the "@" is gone and "what's your" would be every question; it is read here.
    [GeneratedRegex(@"(?<![a-z])(?:your|ur|my) @(?![a-z0-9_.])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex BareHandleSign();

    // C1: a Telegram bot's username, which Telegram makes end in "bot" ("подтвердите адрес в боте @pochta_dostavka_bot"):
    // an account on another app whatever the words around it; the underscore keeps "@chatbot"-like words out.
    [GeneratedRegex(@"(?<![a-z0-9_.@])@[a-z][a-z0-9_]{2,27}_bot(?![a-z0-9_])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: PatternTimeout.Milliseconds)]
    private static partial Regex BotHandle();

    [GeneratedRegex("^" + Tld + "$", RegexOptions.CultureInvariant)]
    private static partial Regex IsTld();

    /// <summary>Whether <paramref name="label"/> is a top-level domain a link or an address in chat ends with.</summary>
    internal static bool IsTopLevelDomain(ReadOnlySpan<char> label) => IsTld().IsMatch(label);

    [GeneratedRegex(MailDot, RegexOptions.CultureInvariant)]
    private static partial Regex DotSpelling();

    private static readonly string[] Shorteners = ["bit.ly", "t.cn", "tinyurl.com", "goo.gl", "dwz.cn", "url.cn", "is.gd", "t.me", "wa.me", "rb.gy", "cutt.ly", "s.id", "ow.ly"];

    public void Detect(NormalizedText text, ScanContext context, ICollection<Finding> findings)
    {
        var profile = context.Profile;
        var s = text.Folded.Text;
        if (s.Length == 0) return;
        List<(int Start, int End)>? linkSpans = null;
        bool? reported = null;
        // C1: a buyer forwarding what a scammer sent warns the shop, and a buyer's own account for a refund invites no
        // contact; both readings are asked once per message.
        bool BuyerReports() => context.Role == SenderRole.Buyer && (reported ??= ReportedContact.Reads(s));
        bool BuyerOwnsOrReports() => context.Role == SenderRole.Buyer && (RefundAccount.Reads(s) || BuyerReports());
        // C1: a link to the shop's allowed domains or a marketplace's help centre stays on the platform; the learned C1
        // head is told so it does not overrule the reading.
        bool OnPlatform(string host, string path)
        {
            if (!profile.IsAllowedDomain(host) && !MarketplaceHelpPage.Names(host, path)) return false;
            context.LinksToPlatform = true;
            return true;
        }
        try
        {
            var mayHoldAddress = MayHoldAddress(s);
            var mayHoldMail = mayHoldAddress || s.Contains(" arroba ", StringComparison.Ordinal) || s.Contains(" arobase ", StringComparison.Ordinal);
            for (var from = 0; mayHoldMail && from < s.Length;)
            {
                var m = Email().Match(s, from);
                if (!m.Success) break;
                // C1: the dot spellings are read before the spaces go (" dot " needs its spaces: abc123@163 dot com).
                var domain = DotSpelling().Replace(m.Groups["domain"].Value, ".").Replace(" ", "", StringComparison.Ordinal);
                var tld = domain[(domain.LastIndexOf('.') + 1)..];
                // Spelled-out forms ("lily at qq dot com") need a real top-level domain to count. A rejected reading must
                // not swallow a real address it overlaps ("email me at kim.lee@gmail.com" first reads "me at kim.lee"):
                // the search resumes just after its start.
                // C1: a spelled-out "at" reading followed by a path ("policy at seller-us.tiktok.com/university") is a web
                // address after the word "at"; the link checks below judge it against the allowlist.
                // C1 precision: "open a return at help.etsy.com" points to the marketplace's help centre, not to a mailbox.
                if (!domain.Contains('.') || (!m.Value.Contains('@') && (!IsTld().IsMatch(tld) || FollowedByPath(s, m.Index + m.Length) || MarketplaceHelpPage.Names(domain, "")))
                    || tld.Length < 2 || NamesMailDomainOnly(m.Value))
                {
                    from = m.Index + 1;
                    continue;
                }
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                from = m.Index + m.Length;
                // C1: a buyer forwarding the address a phishing mail came from warns the shop; it invites no contact.
                if (BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "email");
            }
            foreach (Match m in SchemeUrl().Matches(s))
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (BuyerReports()) continue;
                var schemeHost = m.Groups["host"].Value;
                if (!OnPlatform(schemeHost, m.Value[(m.Groups["host"].Index - m.Index + schemeHost.Length)..]))
                    Add(text, findings, m.Index, m.Length, Severity.High, "link");
            }
            foreach (Match m in mayHoldAddress ? Domain().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                var host = DotSpelling().Replace(m.Groups["host"].Value, ".");
                if (OnPlatform(host, m.Groups["path"].Value)) continue;
                if (BuyerReports()) continue;
                var shortener = Array.Exists(Shorteners, x => host == x || host.EndsWith("." + x, StringComparison.Ordinal));
                // C1: a shortener's bare name with nothing after it ("SMS links with bit.ly", "a t.me or wa.me link claiming to be
                // us") names the service, as a warning does; it leads to no account or page.
                if (shortener && !m.Groups["path"].Success && !PathSpelledAfter(s, m.Index + m.Length)) continue;
                // C1 precision: a site named as the price compared ("way lower than nike.com", 比jd.com便宜) leads nowhere.
                if (!shortener && !m.Groups["path"].Success && ComparedAgainst(s, m.Index)) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, shortener ? "short link" : "link");
            }
            foreach (Match m in mayHoldAddress ? SpacedShortLink().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "short link");
            }
            foreach (Match m in s.Contains('/') ? SpelledSchemeLink().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                var host = DotSpelling().Replace(m.Groups["host"].Value, ".").Replace(" ", "", StringComparison.Ordinal);
                if (OnPlatform(host, "") || BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "link");
            }
            foreach (Match m in s.Contains(" . ", StringComparison.Ordinal) ? SpacedDotDomain().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (OnPlatform(m.Groups["host"].Value.Replace(" ", "", StringComparison.Ordinal), "") || BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "link");
            }
            foreach (Match m in s.Contains("//:", StringComparison.Ordinal) ? ReversedLink().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                var host = m.Groups["host"].Value.ToCharArray();
                Array.Reverse(host);
                if (OnPlatform(new string(host), "") || BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "link");
            }
            foreach (Match m in mayHoldAddress ? IpAddress().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index) || LooksLikeVersion(s, m)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (IsPrivateAddress(m.Value)) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "ip address");
            }
            foreach (Match m in ShareCode().Matches(s))
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (BuyerReports()) continue;
                Add(text, findings, m.Index, m.Length, Severity.High, "share code");
            }
            foreach (Match m in Cashtag().Matches(s))
            {
                if (Array.IndexOf(CurrencyTags, m.Groups["tag"].Value) >= 0 || Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                Add(text, findings, m.Index, m.Length, Severity.High, "payment handle");
            }
            foreach (Match m in s.Contains('@') ? UpiAddress().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                if (BuyerOwnsOrReports()) continue;
                AddPaymentAccount(text, findings, m.Index, m.Length, "upi address");
            }
            foreach (Match m in s.Contains('@') ? BareHandleSign().Matches(s) : NoMatches)
            {
                if (BuyerReports()) continue;
                var (start, length) = text.Folded.ToOriginal(m.Index, m.Length);
                findings.Add(new Finding(Labels.ContactDiversion, "C1", start, length, Severity.High, "handle ask", Evidence.Term));
            }
            foreach (Match m in s.Contains('@') ? BotHandle().Matches(s) : NoMatches)
            {
                if (Overlaps(linkSpans, m.Index) || BuyerReports()) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                Add(text, findings, m.Index, m.Length, Severity.High, "bot handle");
            }
            foreach (Match m in Wallet().Matches(s))
            {
                if (!HasLetterAndDigit(m.Value)) continue;
                (linkSpans ??= []).Add((m.Index, m.Index + m.Length));
                Add(text, findings, m.Index, m.Length, Severity.High, "wallet address");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // C1 on hostile input: whatever was found before the timeout stands; the rest of the pipeline runs.
        }

        bool? ownDeliveryNumber = null;
        // C1: a buyer giving their own number for the delivery is not moving the order off the platform, nor is one
        // reporting the number a scammer called from; asked once per message.
        bool BuyerGivesOwnNumberOrReports() =>
            context.Role == SenderRole.Buyer && ((ownDeliveryNumber ??= OwnDeliveryNumber.Reads(s)) || BuyerReports());
        foreach (var run in text.NumberRuns)
        {
            if (Overlaps(linkSpans, run.Start)) continue;
            // C4 with C1: a bank account in a national format, handed over to be paid into; a buyer giving their own for a
            // refund, or reporting one a scammer sent, is not paying off the platform.
            if (BankAccountNumber.Read(s, run) is { } account)
            {
                if (BuyerOwnsOrReports()) continue;
                (linkSpans ??= []).Add((account.Start, account.End));
                AddPaymentAccount(text, findings, account.Start, account.End - account.Start, account.Kind);
                continue;
            }
            var kind = NumberClassifier.Classify(s, run);
            if (kind == NumberKind.None)
            {
                if (VanityNumber.Read(text, run) is { } vanity)
                    findings.Add(new Finding(Labels.ContactDiversion, "C1", vanity.Start, vanity.Length, Severity.High, "phone number", Evidence.Structured));
                continue;
            }
            if (kind == NumberKind.Phone && BuyerGivesOwnNumberOrReports()) continue;
            Add(text, findings, run.Start, run.Length, kind == NumberKind.BankCard ? Severity.Critical : Severity.High,
                kind == NumberKind.BankCard ? "bank card" : "phone number");
            // C4: a card the message asks money onto is a payment off the checkout too; a buyer's own card for a refund,
            // or one a scammer sent and the buyer reports, is not.
            if (kind == NumberKind.BankCard && CardPaymentAsk.Reads(s) && !BuyerOwnsOrReports())
                AddPayment(text, findings, run.Start, run.Length, "bank card");
        }
        // C1: pieces dictated with "then"/后面接 or filler letters between them. The joiner words read as plainly as the whole
        // number; filler letters are a code-word reading (a code could be so typed) and hold the message for review.
        foreach (var (start, end, fillers) in JoinedNumber.Read(s, text.NumberRuns))
        {
            if (Overlaps(linkSpans, start) || BuyerGivesOwnNumberOrReports()) continue;
            if (!fillers)
            {
                Add(text, findings, start, end - start, Severity.High, "phone number");
                continue;
            }
            var (at, length) = text.Folded.ToOriginal(start, end - start);
            findings.Add(new Finding(Labels.ContactDiversion, "C1", at, length, Severity.High, "phone number", Evidence.Term));
        }
        foreach (var (start, end) in LocalDigitWords.Bare(s))
        {
            if (Overlaps(linkSpans, start)) continue;
            if (BuyerGivesOwnNumberOrReports()) continue;
            Add(text, findings, start, end - start, Severity.High, "phone number");
        }
    }

    private static readonly IEnumerable<Match> NoMatches = [];

    /// <summary>C1 precision: a bare domain right after "than"/"比" is the other side of a price comparison.</summary>
    private static bool ComparedAgainst(string s, int start)
    {
        var before = s.AsSpan(0, start).TrimEnd();
        return before.EndsWith("比", StringComparison.Ordinal)
            || (before.EndsWith("than", StringComparison.Ordinal) && (before.Length == 4 || !char.IsAsciiLetter(before[^5])));
    }

    /// <summary>C1: the path of a link typed as a word after its host ("wa.me slash 6012…", "t.me 斜杠 shop").</summary>
    private static bool PathSpelledAfter(string s, int end)
    {
        var rest = s.AsSpan(end).TrimStart();
        return rest.StartsWith("slash", StringComparison.Ordinal) || rest.StartsWith("斜杠", StringComparison.Ordinal) || rest.StartsWith("斜线", StringComparison.Ordinal);
    }

    // Words that stand before a bare "@domain" in a sentence: "it'll come from an @ebay.com address" names the sender's mail
    // domain, not a mailbox to write to.
    private static readonly string[] ArticlesBeforeAt = ["a", "an", "the", "from", "any", "via", "by", "or", "and", "with", "to"];

    /// <summary>C1: a "/" right after a spelled-out "at" reading makes it a web address, not a mailbox.</summary>
    private static bool FollowedByPath(string s, int end) => end < s.Length && s[end] == '/';

    /// <summary>C1 precision: "an @ebay.com address" (an article, a space, then "@domain") names a mail domain and no mailbox.</summary>
    private static bool NamesMailDomainOnly(string match)
    {
        var at = match.IndexOf('@');
        if (at < 2 || match[at - 1] != ' ') return false;
        return Array.IndexOf(ArticlesBeforeAt, match[..(at - 1)]) >= 0;
    }

    private static readonly SearchValues<char> DotEnds = SearchValues.Create(".点。号t])");

    /// <summary>
    /// Cost (issue 16): an e-mail address, a domain and an IP address each hold a <see cref="Dot"/> spelling followed
    /// (past a closing bracket and a space at most) by a letter, digit or hyphen. Most chat has none, and then those
    /// three patterns, the costliest of the scan, are not run: the same findings, a fraction of the time.
    /// </summary>
    private static bool MayHoldAddress(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var next = s.AsSpan(i).IndexOfAny(DotEnds);
            if (next < 0) return false;
            i += next;
            if (EndsDotSpelling(s, i) && StartsLabel(s, i + 1)) return true;
        }
        return false;
    }

    private static bool EndsDotSpelling(string s, int i) => s[i] switch
    {
        '号' => i > 0 && s[i - 1] == '句',
        't' => i > 1 && s[i - 2] == 'd' && s[i - 1] == 'o',
        ']' or ')' => EndsWithAny(s.AsSpan(0, i), BracketedDotWords),
        _ => true,
    };

    private static readonly string[] BracketedDotWords = ["point", "punto", "ponto", "punkt"];

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var word in words)
            if (s.EndsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsLabel(string s, int j)
    {
        if (j < s.Length && s[j] is ']' or ')' or '}') j++;
        if (j < s.Length && char.IsWhiteSpace(s[j])) j++;
        return j < s.Length && (char.IsAsciiLetterLower(s[j]) || char.IsAsciiDigit(s[j]) || s[j] == '-');
    }

    // 1.2.3.4 after "版本"/"version" is a version number; an address has at least one multi-digit part.
    private static bool LooksLikeVersion(string s, Match m)
    {
        if (m.Length <= 7) return true;
        var before = s.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index));
        return before.Contains("版本", StringComparison.Ordinal) || before.Contains("version", StringComparison.Ordinal) || before.EndsWith("v") || before.EndsWith("ver ");
    }

    // C1: a private address (a router's admin page, 192.168.0.1) cannot be reached from outside the buyer's own network.
    private static bool IsPrivateAddress(string value) =>
        System.Net.IPAddress.TryParse(value, out var address) && address.GetAddressBytes() is var b
        && (b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168));

    private static bool HasLetterAndDigit(string value) =>
        value.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && value.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

    private static bool Overlaps(List<(int Start, int End)>? spans, int index)
    {
        if (spans is null) return false;
        foreach (var (start, end) in spans)
            if (index >= start && index < end) return true;
        return false;
    }

    private static void Add(NormalizedText text, ICollection<Finding> findings, int start, int length, Severity severity, string detail)
    {
        var (s, l) = text.Folded.ToOriginal(start, length);
        findings.Add(new Finding(Labels.ContactDiversion, "C1", s, l, severity, detail, Evidence.Structured));
    }

    private static void AddPayment(NormalizedText text, ICollection<Finding> findings, int start, int length, string detail)
    {
        var (s, l) = text.Folded.ToOriginal(start, length);
        findings.Add(new Finding(Labels.OffPlatformPayment, "C4", s, l, Severity.High, detail, Evidence.Structured));
    }

    // C4 with C1: an account money is sent to is a contact detail (C1) and an ask to pay off the platform (C4) at once.
    private static void AddPaymentAccount(NormalizedText text, ICollection<Finding> findings, int start, int length, string detail)
    {
        var (s, l) = text.Folded.ToOriginal(start, length);
        findings.Add(new Finding(Labels.ContactDiversion, "C1", s, l, Severity.High, detail, Evidence.Structured));
        AddPayment(text, findings, start, length, detail);
    }
}
