using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Learned;

/// <summary>
/// C1's learned head hears diversions no rule reads and holds them for a person; it never masks (a score locates no
/// characters), never stands beside a rule's located finding, and leaves numbers and links the rules passed alone.
/// </summary>
public class ContactDiversionHeadTests
{
    [Fact]
    public void A_diversion_in_words_no_rule_reads_is_held_for_review()
    {
        var verdict = LabelAssert.Scan("add me on the purple app, same name as this shop", SenderRole.Agent);
        Assert.Contains(verdict.Findings, f => f.Label == Labels.ContactDiversion && f.Evidence == Evidence.Model);
        Assert.Equal(ModerationAction.Review, verdict.Action);
    }

    [Fact]
    public void A_score_never_masks_even_where_the_label_masks()
    {
        var profile = PolicyProfileCatalog.LoadBuiltIn().Get("feige");
        Assert.Equal(ModerationAction.Mask, profile.ActionFor(Labels.ContactDiversion));
        var scored = new Finding(Labels.ContactDiversion, "C1", 0, 10, Severity.Medium, "model", Evidence.Model, 0.9);
        Assert.Equal(profile.AmbiguousAction, profile.ActionFor(scored));
    }

    [Fact]
    public void A_rule_finding_keeps_its_mask_without_a_whole_message_score_beside_it()
    {
        var verdict = LabelAssert.Scan("加我微信 lily7788 发你实拍图", SenderRole.Agent);
        Assert.Equal(ModerationAction.Mask, verdict.Action);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.ContactDiversion && f.Evidence == Evidence.Model);
    }

    [Theory]
    [InlineData("36 37 38 39 40码都有", SenderRole.Agent)]                       // sizes
    [InlineData("快递单号 JT3011 2231 0987 6，极兔的", SenderRole.Agent)]        // a tracking number in groups
    [InlineData("Tracking number 9400 1118 9922 3344 5566 77, USPS", SenderRole.Agent)]
    [InlineData("商品链接 https://haohuo.jinritemai.com/item?id=3488", SenderRole.Agent)] // the platform's own link
    [InlineData("亲这款在这里下单 https://haohuo.jinritemai.com/views/product/item2?id=3622871 拍的时候备注尺码", SenderRole.Agent)]
    public void Numbers_and_links_the_rules_passed_are_not_held(string text, SenderRole role) =>
        Assert.DoesNotContain(Labels.ContactDiversion, LabelAssert.Scan(text, role).Labels);

    [Fact]
    public void A_platform_link_does_not_hide_a_handle_beside_it() =>
        Assert.Contains(Labels.ContactDiversion, LabelAssert.Scan("商品链接 https://haohuo.jinritemai.com/item?id=3488 不方便的话加我微信 abc12345", SenderRole.Agent).Labels);
}
