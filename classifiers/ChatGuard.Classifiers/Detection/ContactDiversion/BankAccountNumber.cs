using System.Collections.Frozen;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C4 with C1: a bank account written in its own national format and handed over to be paid into — an IBAN (any country,
/// spaced in groups of four: its country's length and the mod-97 check, or the word "IBAN" beside it), a Mexican CLABE
/// (18 digits: its check digit, or the word "CLABE"), a Brazilian CPF used as a Pix key (###.###.###-## or 11 digits with
/// valid check digits, beside "Pix", "CPF" or "chave"), a national account beside its bank's name (<see cref="NationalBank"/>;
/// a Nigerian NUBAN with its check digit) or beside an account word with the bank named in the message, an Indian account
/// with an IFSC code, a Kenyan paybill or till number. Read from the digit runs the scan already has (no pattern runs per
/// position). Each counts only in a message that speaks of paying or of that account (<see cref="PaymentCues"/>).
/// </summary>
public static class BankAccountNumber
{
    // IBAN lengths by country (ISO 13616 registry), the countries whose sellers are met on the platforms served.
    private static readonly FrozenDictionary<string, int> IbanLengths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ad"] = 24, ["ae"] = 23, ["al"] = 28, ["at"] = 20, ["az"] = 28, ["ba"] = 20, ["be"] = 16, ["bg"] = 22, ["bh"] = 22, ["br"] = 29,
        ["ch"] = 21, ["cr"] = 22, ["cy"] = 28, ["cz"] = 24, ["de"] = 22, ["dk"] = 18, ["do"] = 28, ["ee"] = 20, ["eg"] = 29, ["es"] = 24,
        ["fi"] = 18, ["fo"] = 18, ["fr"] = 27, ["gb"] = 22, ["ge"] = 22, ["gi"] = 23, ["gl"] = 18, ["gr"] = 27, ["gt"] = 28, ["hr"] = 21,
        ["hu"] = 28, ["ie"] = 22, ["il"] = 23, ["is"] = 26, ["it"] = 27, ["jo"] = 30, ["kw"] = 30, ["kz"] = 20, ["lb"] = 28, ["li"] = 21,
        ["lt"] = 20, ["lu"] = 20, ["lv"] = 21, ["mc"] = 27, ["md"] = 24, ["me"] = 22, ["mk"] = 19, ["mt"] = 31, ["mu"] = 30, ["nl"] = 18,
        ["no"] = 15, ["pk"] = 24, ["pl"] = 28, ["ps"] = 29, ["pt"] = 25, ["qa"] = 29, ["ro"] = 24, ["rs"] = 22, ["sa"] = 24, ["se"] = 24,
        ["si"] = 19, ["sk"] = 24, ["sm"] = 27, ["tn"] = 24, ["tr"] = 26, ["ua"] = 29, ["vg"] = 24, ["xk"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Paying, sending, or the account named: the number is given to be paid into, not quoted.
    private static readonly string[] PaymentCues =
    [
        "pay", "paid", "payment", "transfer", "send", "deposit", "wire", "iban", "clabe", "spei", "pix", "chave", "cpf", "account", "acc",
        "pagar", "paga", "pague", "pago", "págame", "pagame", "transferencia", "transferência", "transfiere", "transfira", "deposita", "depósito", "deposito", "envía", "envia", "manda", "cuenta", "conta",
        "überweisung", "überweisen", "überweise", "ueberweisung", "zahlen", "zahlung", "konto", "przelew", "przelewem", "wpłać", "wplac", "rachunek", "bonifico", "pagami", "conto", "virement", "virer", "payer", "paiement", "rib",
        "overmaken", "betalen", "betala", "rekening", "havale", "eft", "ödeme", "odeme",
        // Polish as the folded view reads it (ł is kept, the accent of ć dropped: wpłać → wpłac).
        "przelej", "przelac", "wpłac", "wpłacic", "zapłac",
        // C4 with C1 (session 24): Arabic, folded (حوّل على الآيبان = transfer to the IBAN; the shadda and madda are dropped).
        "حول", "حولي", "تحويل", "ايبان", "الايبان", "حساب", "ادفع",
    ];

    private static readonly string[] PixCues = ["pix", "cpf", "chave"];

    // Paying, in the served markets' own words. Unlike PaymentCues, no account word: "your account 0123456789 is verified"
    // names an account without asking anything paid into it.
    private static readonly string[] PayingCues =
    [
        "pay", "paid", "payment", "transfer", "send", "sent", "deposit", "wire", "tf", "trf", "bayar", "kirim", "bayad", "padala", "hulog",
        "ihulog", "bank in", "bank-in", "bankin", "masuk", "lipa", "tuma", "bhej", "bhejo", "bhejein", "bhejen", "jama", "পাঠান",
        "转账", "转帐", "汇款", "打款", "付款", "打钱", "转钱", "汇到", "转到", "打到", "过数", "入数", "過數", "入數", "轉帳", "匯款", "收款", "开户行", "户名",
    ];

    // Words that name the number beside them as an account; with one, the bank may be named anywhere in the message.
    private static readonly string[] AccountWords =
    [
        "account", "acct", "acc", "a/c", "ac no", "rekening", "rek", "norek", "akaun", "账号", "帐号", "账户", "帐户", "帳號", "户口", "戶口", "户名", "开户行",
    ];

    // C1 precision: a number named as something else (an order, a parcel, an invoice, a tax id, the checkout's own virtual
    // account) is no account to pay into, even beside a bank's name.
    private static readonly string[] ReferenceWords =
    [
        "order", "tracking", "track", "invoice", "tax", "vat", "gst", "gstin", "tin", "pan", "npwp", "awb", "waybill", "resi", "receipt", "ref",
        "reference", "pesanan", "virtual", "va", "kode bayar", "订单", "单号", "运单", "快递", "发票", "税号", "訂單", "發票",
    ];

    // M-Pesa: "paybill 247247", "till number 123456" (a bare "till" is the English word).
    private static readonly string[] PaybillWords = ["paybill", "pay bill", "paybill no", "paybill number", "business no", "business number"];

    private static readonly string[] TillWords = ["till no", "till number", "till namba", "buy goods till"];

    // C1: the marketplace's own paybill, said to be its own ("the paybill on the checkout page is Jumia's own"), is the checkout.
    private static readonly string[] PlatformOwn = ["jumia's own", "jumia’s own", "kilimall's own", "kilimall’s own", "jiji's own", "jiji’s own", "platform's own", "platform’s own"];

    // C1 precision: a message recounting someone else's ask ("someone asked me to send a deposit to …, is that real?")
    // reports the account rather than handing it over.
    private static readonly string[] RecountedAsk = ["asked me to", "told me to", "wanted me to", "is that real", "is this real", "is that legit", "is this legit"];

    // C4 with C1: a Polish account number (NRB) is written without its "PL": 26 digits, two check digits then six groups of
    // four. Its check or the word "konto"/"rachunek" beside a paying word makes it the account to pay into.
    private static readonly string[] PolishAccountWords = ["konto", "konta", "rachunek", "rachunku", "nr konta", "numer konta"];

    /// <summary>What account <paramref name="run"/> of <paramref name="folded"/> is, with the folded range it takes; null when none.</summary>
    public static (int Start, int End, string Kind)? Read(string folded, NumberRun run)
    {
        if (Iban(folded, run) is { } iban) return HasPaymentCue(folded) ? (iban.Start, iban.End, "iban") : null;
        if (run.SpelledDigits > 0 || GluedToLetters(folded, run)) return null;
        var d = run.Digits;
        if (d.Length == 18 && (IsClabe(d) || Names(folded, "clabe")) && HasPaymentCue(folded)) return (run.Start, run.End, "clabe");
        if (d.Length == 26 && (IsPolishAccount(d) || WholeWords.ContainAny(folded, PolishAccountWords, digitsJoin: true)) && HasPaymentCue(folded))
            return (run.Start, run.End, "iban");
        if (d.Length == 11 && (IsCpf(d) || IsCpfLayout(folded, run)) && WholeWords.ContainAny(folded, PixCues, digitsJoin: true)) return (run.Start, run.End, "pix key");
        if (WholeWords.ContainAny(folded, RecountedAsk, digitsJoin: false)) return null;
        if (d.Length is >= 5 and <= 7 && PaybillKind(folded, run) is { } paybill) return (run.Start, run.End, paybill);
        // A card number is the card reading's (NumberClassifier), with its own severity.
        if (d.Length is >= 15 and <= 19 && Luhn.IsValid(d)) return null;
        if (d.Length >= 9 && WholeWords.ContainAny(folded, PayingCues, digitsJoin: true) && (IsNationalAccount(folded, run) || IsIndianAccount(folded, run)))
            return (run.Start, run.End, "bank account");
        return null;
    }

    private static string? PaybillKind(string folded, NumberRun run)
    {
        var before = folded.AsSpan(0, run.Start).TrimEnd(" :：#.-=");
        var kind = WholeWords.EndWithAny(before, PaybillWords) ? "paybill" : WholeWords.EndWithAny(before, TillWords) ? "till number" : null;
        return kind is null || WholeWords.ContainAny(folded, PlatformOwn, digitsJoin: false) ? null : kind;
    }

    // C4 with C1: a bank's name beside the number (or an account word beside it and the bank named in the message), and
    // the number as long as that market's accounts; a Nigerian deposit bank's NUBAN also has its check digit.
    private static bool IsNationalAccount(string folded, NumberRun run)
    {
        var d = run.Digits;
        if (ReferenceBefore(folded, run)) return false;
        var accountWordBeside = Beside(folded, run, AccountWords) is not null;
        foreach (var bank in NationalBank.Served)
        {
            if (d.Length < bank.MinDigits || d.Length > bank.MaxDigits) continue;
            var name = Beside(folded, run, bank.Names) ?? (accountWordBeside ? Find(folded, bank.Names, last: false)?.Word : null);
            if (name is null) continue;
            if (bank.NubanCodes is { } codes && !(codes.TryGetValue(name, out var code) && Nuban.IsValid(d, code))) continue;
            return true;
        }
        return false;
    }

    private static readonly string[] IndianBanks = ["sbi", "hdfc", "icici", "axis", "kotak", "pnb", "canara", "bob", "yes bank", "idfc", "indusind"];

    // C4 with C1: an Indian account goes with its branch's IFSC code (AAAA0XXXXXX): 9 to 18 digits beside an account word or
    // the bank's name, not named as a reference.
    private static bool IsIndianAccount(string folded, NumberRun run) =>
        run.Digits.Length <= 18 && !ReferenceBefore(folded, run) && HasIfsc(folded)
        && (Beside(folded, run, AccountWords) is not null || Beside(folded, run, IndianBanks) is not null);

    private static bool HasIfsc(string folded)
    {
        if (folded.Length < 11) return false;
        for (var i = folded.IndexOf('0', 4); i >= 0 && i + 7 <= folded.Length; i = folded.IndexOf('0', i + 1))
        {
            var start = i - 4;
            if (!char.IsAsciiLetterLower(folded[start]) || !char.IsAsciiLetterLower(folded[start + 1]) || !char.IsAsciiLetterLower(folded[start + 2])
                || !char.IsAsciiLetterLower(folded[start + 3])) continue;
            if (start > 0 && char.IsAsciiLetterOrDigit(folded[start - 1])) continue;
            var tail = folded.AsSpan(i + 1, 6);
            if (tail.ContainsAnyExcept(AsciiLowerOrDigit)) continue;
            if (i + 7 < folded.Length && char.IsAsciiLetterOrDigit(folded[i + 7])) continue;
            return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLowerOrDigit = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    // How far from a number (in characters) a bank's name or an account word still stands beside it.
    private const int Reach = 32;

    // The name of <paramref name="words"/> beside the run: the last one in the same clause before it with no reference word
    // ("order", "invoice") between, or one right after it ("0123456785 (GTB)").
    private static string? Beside(string folded, NumberRun run, string[] words)
    {
        var before = Clause(folded, run.Start, -1);
        if (Find(folded.AsSpan(before, run.Start - before), words, last: true) is { } b
            && !WholeWords.ContainAny(folded.AsSpan(before + b.Index + b.Word.Length, run.Start - before - b.Index - b.Word.Length), ReferenceWords, digitsJoin: true))
            return b.Word;
        var after = Clause(folded, run.End, +1);
        var gap = folded.AsSpan(run.End, after - run.End).IndexOfAnyExcept(" ,:：(（-–/");
        return gap is >= 0 and <= 3 && Find(folded.AsSpan(run.End + gap, after - run.End - gap), words, last: false) is { Index: 0 } a ? a.Word : null;
    }

    // A number the clause before names as a reference ("order", "tracking", "virtual account") is not handed over to pay into.
    private static bool ReferenceBefore(string folded, NumberRun run)
    {
        var before = Clause(folded, run.Start, -1);
        return WholeWords.ContainAny(folded.AsSpan(before, run.Start - before), ReferenceWords, digitsJoin: true);
    }

    // Where the clause around a number ends, Reach characters at most away: at a digit, a line break or a full stop.
    private static int Clause(string folded, int from, int step)
    {
        var i = from;
        for (var n = 0; n < Reach; n++)
        {
            var next = step < 0 ? i - 1 : i;
            if (next < 0 || next >= folded.Length || char.IsAsciiDigit(folded[next]) || folded[next] is '\n' or '。' or '!' or '?' or '！' or '？') break;
            i += step;
        }
        return i;
    }

    // The first (or last) whole-word occurrence of any of <paramref name="words"/>, with where it stands.
    private static (int Index, string Word)? Find(ReadOnlySpan<char> text, string[] words, bool last)
    {
        (int Index, string Word)? found = null;
        foreach (var word in words)
        {
            var at = WholeWords.IndexOf(text, word, 0, digitsJoin: false);
            for (var next = at; last && next >= 0; next = WholeWords.IndexOf(text, word, next + 1, digitsJoin: false)) at = next;
            if (at < 0) continue;
            if (found is null || (last ? at + word.Length > found.Value.Index + found.Value.Word.Length : at < found.Value.Index)) found = (at, word);
        }
        return found;
    }

    private static bool HasPaymentCue(string folded) => WholeWords.ContainAny(folded, PaymentCues, digitsJoin: true);

    private static bool Names(string folded, string word) => WholeWords.ContainAny(folded, [word], digitsJoin: true);

    private static bool GluedToLetters(string folded, NumberRun run) =>
        (run.Start > 0 && char.IsAsciiLetter(folded[run.Start - 1])) || (run.End < folded.Length && char.IsAsciiLetter(folded[run.End]));

    // An IBAN starts with its country's two letters right before the check digits; the rest may be spaced in fours.
    private static (int Start, int End)? Iban(string folded, NumberRun run)
    {
        var start = run.Start - 2;
        if (start < 0 || !char.IsAsciiLetterLower(folded[start]) || !char.IsAsciiLetterLower(folded[start + 1])) return null;
        if (start > 0 && char.IsAsciiLetterOrDigit(folded[start - 1])) return null;
        if (!IbanLengths.TryGetValue(folded.Substring(start, 2), out var length)) return null;
        Span<char> iban = stackalloc char[34];
        var n = 0;
        var i = start;
        for (; i < folded.Length && n < length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterOrDigit(c)) iban[n++] = c;
            else if (c is not (' ' or '-') || n == 0 || i + 1 >= folded.Length || !char.IsAsciiLetterOrDigit(folded[i + 1])) break;
        }
        if (n != length || (i < folded.Length && char.IsAsciiLetterOrDigit(folded[i]))) return null;
        if (!char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3])) return null;
        return Mod97(iban[..n]) == 1 || Names(folded, "iban") ? (start, i) : null;
    }

    // An NRB is the Polish IBAN without its country code: "pl" put back, the IBAN check holds.
    private static bool IsPolishAccount(string d)
    {
        Span<char> iban = stackalloc char[28];
        iban[0] = 'p';
        iban[1] = 'l';
        d.AsSpan().CopyTo(iban[2..]);
        return Mod97(iban) == 1;
    }

    // ISO 7064 MOD 97-10 over the rearranged IBAN (country and check digits moved to the end, letters as 10–35).
    private static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'a' + 10)) % 97;
        }
        return remainder;
    }

    // The CLABE's 18th digit: weights 3, 7, 1 over the first 17, the sum's last digit taken from 10.
    private static bool IsClabe(string d)
    {
        ReadOnlySpan<int> weights = [3, 7, 1];
        var sum = 0;
        for (var k = 0; k < 17; k++) sum += (d[k] - '0') * weights[k % 3] % 10;
        return (10 - sum % 10) % 10 == d[17] - '0';
    }

    private static bool IsCpf(string d)
    {
        if (d.AsSpan().IndexOfAnyExcept(d[0]) < 0) return false;
        return CpfCheck(d, 9) == d[9] - '0' && CpfCheck(d, 10) == d[10] - '0';
    }

    private static int CpfCheck(string d, int count)
    {
        var sum = 0;
        for (var k = 0; k < count; k++) sum += (d[k] - '0') * (count + 1 - k);
        var r = sum * 10 % 11;
        return r == 10 ? 0 : r;
    }

    // ###.###.###-## is how a CPF is written and nothing else is.
    private static bool IsCpfLayout(string folded, NumberRun run) =>
        run.Length == 14 && folded[run.Start + 3] == '.' && folded[run.Start + 7] == '.' && folded[run.Start + 11] == '-';
}
