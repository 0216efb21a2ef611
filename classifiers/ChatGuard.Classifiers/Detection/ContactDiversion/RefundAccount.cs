namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C4 precision: a buyer giving their own account for a refund to be paid back into ("for the refund, my IBAN is …",
/// "reembolso a mi CLABE …") pays nothing off the platform.
/// </summary>
public static class RefundAccount
{
    private static readonly string[] RefundWords =
    [
        "refund", "refunded", "reimburse", "money back", "pay me back", "reembolso", "reembolsar", "devolución", "devolucion", "estorno", "devolução", "devolucao",
        "erstattung", "rückerstattung", "ruckerstattung", "zurückzahlen", "zwrot", "rimborso", "remboursement", "rembourser", "terugbetaling", "återbetalning", "iade", "退款",
    ];

    /// <summary>Whether <paramref name="folded"/> (the folded view) is about a refund paid back to the sender.</summary>
    public static bool Reads(string folded) => WholeWords.ContainAny(folded, RefundWords, digitsJoin: true);
}
