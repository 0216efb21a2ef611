using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests;

/// <summary>Issue 18 item 4: contact details split over several messages are caught on the message that completes them.</summary>
public class SplitMessageTests
{
    private static Verdict Scan(string text, params string[] recent)
    {
        var pipeline = LabelAssert.Pipeline;
        return pipeline.Scan(pipeline.Normalize(text), new ScanOptions(Role: SenderRole.Agent, RecentMessages: recent));
    }

    [Fact]
    public void A_number_sent_in_three_pieces_is_caught_on_the_third()
    {
        Assert.True(Scan("0013", "139").IsClean);
        var verdict = Scan("2288", "139", "0013");
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.NotEqual(ModerationAction.Allow, verdict.Action);
        Assert.Equal("****", verdict.Masked);
        Assert.Contains("spans 3 messages", verdict.Findings.Single().Detail);
    }

    [Fact]
    public void A_handle_after_a_cue_spelled_over_messages_is_caught_on_the_handle()
    {
        Assert.True(Scan("微", "加我").IsClean);
        var verdict = Scan("lily7788", "加我", "微", "信");
        Assert.Equal(ModerationAction.Mask, verdict.Action);
        Assert.Contains("spans 3 messages", verdict.Findings.Single().Detail); // 微 + 信 + the handle
    }

    [Fact]
    public void A_cue_spelled_a_character_at_a_time_is_caught_on_its_last_piece()
    {
        // 加我微信 is an invitation on its own, handle or not.
        var verdict = Scan("信", "加我", "微");
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.Equal(ModerationAction.Mask, verdict.Action);
    }

    [Theory]
    [InlineData("好的", "在吗", "亲")]
    [InlineData("谢谢", "已发货", "单号发你了")]
    public void Short_replies_read_with_earlier_messages_stay_clean(string text, params string[] recent) => Assert.True(Scan(text, recent).IsClean);

    [Fact]
    public void What_earlier_messages_hold_on_their_own_is_not_reported_again()
    {
        Assert.True(Scan("好的谢谢", "加我微信 lily7788").IsClean);
        Assert.True(Scan("在的", "13900138000").IsClean);
    }

    [Theory]
    [InlineData("2件", "199元", "299元")]
    [InlineData("尺码 38", "身高 165", "体重 110")]
    [InlineData("好的", "订单号 4200001234567890123")]
    public void Ordinary_sequences_stay_clean(string text, params string[] recent) => Assert.True(Scan(text, recent).IsClean);

    [Fact]
    public void A_number_in_numerals_sent_in_pieces_is_caught()
    {
        var verdict = Scan("二二八八", "幺三九", "〇〇幺三");
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
    }

    // Cost (issue 16): the re-scan reads contact details only; other labels were judged on each message alone.
    [Fact]
    public void The_re_scan_reads_contact_details_only()
    {
        var verdict = Scan("毒 ok", "有冰");
        Assert.DoesNotContain(verdict.Findings, f => f.Detail?.Contains("spans", StringComparison.Ordinal) == true);
    }

    // The re-scan reads the end of the recent messages and the start of the current one: long messages still join.
    [Fact]
    public void A_cue_ending_a_long_message_joins_the_handle_opening_the_next()
    {
        var verdict = Scan("lily7788 " + new string('好', 200), "亲，这款有很多颜色可以选，" + new string('哦', 120) + "加我微信");
        Assert.Contains(Labels.ContactDiversion, verdict.Labels);
        Assert.Contains(verdict.Findings, f => f.Detail?.Contains("spans 2 messages", StringComparison.Ordinal) == true);
    }
}
