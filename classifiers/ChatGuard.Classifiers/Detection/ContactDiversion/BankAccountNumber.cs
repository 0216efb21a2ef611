using System.Collections.Frozen;
using ChatGuard.Classifiers.Normalization;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C4 with C1: a bank account written in its own national format and handed over to be paid into — an IBAN (any country,
/// spaced in groups of four: its country's length and the mod-97 check, or the word "IBAN" beside it), a Mexican CLABE
/// (18 digits: its check digit, or the word "CLABE"), a Brazilian CPF used as a Pix key (###.###.###-## or 11 digits with
/// valid check digits, beside "Pix", "CPF" or "chave"). Read from the digit runs the scan already has (no pattern runs per
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
    ];

    private static readonly string[] PixCues = ["pix", "cpf", "chave"];

    /// <summary>What account <paramref name="run"/> of <paramref name="folded"/> is, with the folded range it takes; null when none.</summary>
    public static (int Start, int End, string Kind)? Read(string folded, NumberRun run)
    {
        if (Iban(folded, run) is { } iban) return HasPaymentCue(folded) ? (iban.Start, iban.End, "iban") : null;
        if (run.SpelledDigits > 0 || GluedToLetters(folded, run)) return null;
        var d = run.Digits;
        if (d.Length == 18 && (IsClabe(d) || Names(folded, "clabe")) && HasPaymentCue(folded)) return (run.Start, run.End, "clabe");
        if (d.Length == 11 && (IsCpf(d) || IsCpfLayout(folded, run)) && WholeWords.ContainAny(folded, PixCues, digitsJoin: true)) return (run.Start, run.End, "pix key");
        return null;
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
