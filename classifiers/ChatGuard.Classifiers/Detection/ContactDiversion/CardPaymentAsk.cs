using System.Buffers;

namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>
/// C4 beside C1: a bank card number in a message that asks money onto it (打款到这个卡 6228…（建行 张某）, 卡号…转这里,
/// "transfer to card 4…") is where the buyer is told to pay, off the checkout; a card number with no such ask stays C1.
/// </summary>
public static class CardPaymentAsk
{
    // On the folded view (traditional folded to simplified). Transfer verbs, not money at large: "收到货" or a price beside a card number asks nothing to be paid onto it.
    private static readonly SearchValues<string> PayOntoCues = SearchValues.Create(
        ["打款", "打钱", "打到", "打这", "转账", "转帐", "转到", "转这", "转我", "转给", "汇款", "汇到", "汇这", "存到", "存入", "付款", "付到", "收款", "入数", "过数",
         "transfer", "wire", "remit", "deposit", "pay to", "pay into", "send to", "send the money", "перевод", "переведите", "оплат"],
        StringComparison.Ordinal);

    /// <summary>Whether <paramref name="folded"/> (the folded view) asks for money to be sent onto the card it names.</summary>
    public static bool Reads(string folded) => folded.AsSpan().ContainsAny(PayOntoCues);
}
