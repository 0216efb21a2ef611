using ChatGuard.Classifiers.Detection.Lexicon;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>
/// C1 beside C4: a payment rule's ask that names an account off the platform (a 微信 or 支付宝 transfer, a QR code, a P2P
/// app's tag) gives the buyer third-party payment information too; a fee with no account named, a learned score alone,
/// or a payment method at the platform's checkout does not. Phrased apart from the corpora.
/// </summary>
public class PaymentAccountDiversionTests
{
    [Theory]
    [InlineData("运费差价您直接微信转我就好，省得再拍一单")]
    [InlineData("balance can go straight to my venmo, skip the checkout fee")]
    [InlineData("这单别走平台付了，支付宝转我，便宜二十")]
    public void A_payment_ask_naming_an_outside_account_is_contact_diversion_too(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.RuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("退款需要先交50元手续费才能到账")]
    [InlineData("退款要先交30元激活费才能到账")]
    public void A_fee_with_no_account_named_stays_payment_only(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("please settle the 50 dollar release fee first, payment details follow in the next message")]
    [InlineData("you need to pay a 30 dollar unlock fee before the refund, pay me back later if you want")]
    public void A_channel_name_inside_another_word_names_no_account(string text)
    {
        LabelAssert.RuleFlags(Labels.OffPlatformPayment, text);
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text);
    }

    [Theory]
    [InlineData("可以用支付宝付款吗？还是只能用平台的")]
    [InlineData("checkout takes PayPal and cards, the platform handles it")]
    public void A_payment_method_at_checkout_names_no_account(string text) =>
        LabelAssert.NoRuleFlags(Labels.ContactDiversion, text, SenderRole.Buyer);

    [Fact]
    public void The_channels_are_lexicon_data()
    {
        using var catalog = new LexiconCatalog(new Normalization.TextNormalizer());
        var channels = catalog.For("feige").PaymentChannels;
        Assert.True("走zfb".AsSpan().IndexOfAny(channels) >= 0);
        Assert.True("打到我的账户".AsSpan().IndexOfAny(channels) >= 0);
        Assert.True("这件衣服很好看".AsSpan().IndexOfAny(channels) < 0);
    }

    [Fact]
    public async Task A_channel_added_by_a_term_list_override_is_read()
    {
        const string ask = "余款直接用kakaopay转我就行";
        // Without the override no rule reads the channel (the C1 head may still hold the message: it is not the account).
        using (var builtIn = ModerationPipeline.CreateDefault())
            Assert.DoesNotContain(builtIn.Scan(ask).Findings, f => f.Label == Labels.ContactDiversion && f.Evidence != Evidence.Model);
        var directory = Directory.CreateTempSubdirectory("chatguard-channels-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "extra_channels.json"),
                $$$"""{"label": "{{{Labels.OffPlatformPayment}}}", "ruleId": "C4", "families": {"payment_channel": ["kakaopay"]}}""");
            using var pipeline = ModerationPipeline.CreateDefault(lexiconDirectory: directory);
            Assert.Contains(Labels.OffPlatformPayment, pipeline.Scan(ask).Labels);
            Assert.Contains(pipeline.Scan(ask).Findings, f => f.Label == Labels.ContactDiversion && f.Evidence != Evidence.Model);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
