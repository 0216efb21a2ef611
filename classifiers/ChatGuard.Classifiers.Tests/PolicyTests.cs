using ChatGuard.Classifiers.Policy;
using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

public class PolicyTests
{
    private static readonly PolicyProfile Profile = new()
    {
        Name = "test",
        Version = "1",
        Actions = new() { ["contact_diversion"] = "mask", ["counterfeit"] = "review" },
        Escalations = new() { ["contact_diversion"] = new() { ["high"] = "review", ["critical"] = "block" } },
    };

    [Theory]
    [InlineData("contact_diversion", Severity.Low, ModerationAction.Mask)]
    [InlineData("contact_diversion", Severity.High, ModerationAction.Review)]
    [InlineData("contact_diversion", Severity.Critical, ModerationAction.Block)]
    [InlineData("counterfeit", Severity.Critical, ModerationAction.Review)]
    [InlineData("unlisted_label", Severity.Low, ModerationAction.Review)]
    public void Label_and_severity_give_the_action(string label, Severity severity, ModerationAction expected) =>
        Assert.Equal(expected, Profile.ActionFor(label, severity));

    [Fact]
    public void The_strictest_finding_decides_and_every_span_is_masked()
    {
        const string text = "abc 123 xyz";
        List<Finding> findings =
        [
            new("counterfeit", "C5", 8, 3, Severity.High),
            new("contact_diversion", "C1", 0, 3, Severity.Low),
        ];
        var verdict = VerdictBuilder.Build(text, findings, Profile);
        Assert.Equal(ModerationAction.Review, verdict.Action);
        Assert.Equal("*** 123 ***", verdict.Masked);
        Assert.Equal(["contact_diversion", "counterfeit"], verdict.Labels);
        Assert.Equal(("test", "1"), (verdict.Profile, verdict.ProfileVersion));
    }

    [Theory]
    [InlineData(Evidence.Term, false, ModerationAction.Review)]
    [InlineData(Evidence.Model, false, ModerationAction.Review)]
    [InlineData(Evidence.Term, true, ModerationAction.Block)]
    [InlineData(Evidence.Model, true, ModerationAction.Block)]
    [InlineData(Evidence.Structured, false, ModerationAction.Block)]
    public void A_finding_that_could_be_innocent_holds_for_review_instead_of_blocking(Evidence evidence, bool unambiguous, ModerationAction expected)
    {
        List<Finding> findings = [new("contact_diversion", "C1", 0, 3, Severity.Critical, null, evidence, 0.9, unambiguous)];
        Assert.Equal(expected, VerdictBuilder.Build("abc", findings, Profile).Action);
    }

    [Fact]
    public void A_profile_may_deliver_what_could_be_innocent()
    {
        var lenient = new PolicyProfile { Name = "lenient", Version = "1", Ambiguous = "allow", Actions = new() { ["abuse"] = "block" } };
        Assert.Equal(ModerationAction.Allow, VerdictBuilder.Build("abc", [new("abuse", "C2", 0, 3, Severity.High)], lenient).Action);
        Assert.Equal(ModerationAction.Review, new PolicyProfile { Name = "x", Version = "1", Ambiguous = "block" }.AmbiguousAction);
    }

    [Fact]
    public void A_buyer_cannot_violate_what_only_a_shop_can()
    {
        var profile = new PolicyProfile { Name = "p", Version = "1", ShopOnlyLabels = ["review_solicitation"], Actions = new() { ["review_solicitation"] = "block", ["abuse"] = "block" } };
        List<Finding> Findings() => [new("review_solicitation", "C7", 0, 3, Severity.High, Unambiguous: true)];
        Assert.True(VerdictBuilder.Build("abc", Findings(), profile, SenderRole.Buyer).IsClean);
        Assert.Equal(ModerationAction.Block, VerdictBuilder.Build("abc", Findings(), profile, SenderRole.Agent).Action);
        Assert.Equal(ModerationAction.Block, VerdictBuilder.Build("abc", Findings(), profile, SenderRole.Unknown).Action);
        Assert.Equal(["abuse"], VerdictBuilder.Build("abc", [new("abuse", "C2", 0, 3, Severity.High)], profile, SenderRole.Buyer).Labels);
    }

    [Fact]
    public void A_rule_written_for_buyers_counts_in_a_shop_only_label()
    {
        // C6/C7: a rule naming the buyer among its senders (a buyer posing as the regulator, sellers swapping reviews).
        var profile = new PolicyProfile { Name = "p", Version = "1", ShopOnlyLabels = ["impersonation"], Actions = new() { ["impersonation"] = "review" } };
        List<Finding> Findings() => [new("impersonation", "C6", 0, 3, Severity.High, ForBuyer: true)];
        Assert.Equal(ModerationAction.Review, VerdictBuilder.Build("abc", Findings(), profile, SenderRole.Buyer).Action);
        Assert.Equal(["impersonation"], VerdictBuilder.Build("abc", Findings(), profile, SenderRole.Agent).Labels);
    }

    [Fact]
    public void Shipped_profiles_mask_a_handle_but_block_a_bank_card()
    {
        var pipeline = LabelAssert.Pipeline;
        foreach (var profile in pipeline.Profiles)
        {
            Assert.Equal(ModerationAction.Mask, pipeline.Scan("加我微信 abc_12345", profile).Action);
            Assert.Equal(ModerationAction.Block, pipeline.Scan("钱打到 6222 0212 3456 7890 128", profile).Action);
        }
    }

    [Fact]
    public void Every_shipped_profile_names_an_action_for_every_label()
    {
        var catalog = PolicyProfileCatalog.LoadBuiltIn();
        Assert.Equal(["course", "feige", "kuaishou-import", "tiktok-shop"], catalog.Names.Order());
        foreach (var name in catalog.Names)
            foreach (var label in Labels.All)
                Assert.True(catalog.Get(name).Actions.ContainsKey(label), $"{name} has no action for {label}");
    }
}
