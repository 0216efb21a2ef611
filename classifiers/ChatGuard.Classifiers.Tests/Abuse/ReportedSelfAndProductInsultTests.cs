using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>
/// C2 precision (BLK27): an insult or curse word said of the sender, reported from someone else, quoted, named as the
/// goods or sworn at a parcel is not blocked; the same word aimed at the reader still is.
/// </summary>
public class ReportedSelfAndProductInsultTests
{
    [Theory]
    [InlineData("feel like a right moron, it was on silent the whole time. all good now!", SenderRole.Buyer)]          // self-deprecation, subject dropped
    [InlineData("Feeling like a total moron, the charger was never plugged in. Sorted now!", SenderRole.Buyer)]
    [InlineData("Hi, I've flagged the message where our staff member called you an idiot. We're truly sorry.", SenderRole.Agent)] // the shop's own staff, reported
    [InlineData("Sorry, our courier called you a moron at the door, he has been reported.", SenderRole.Agent)]
    [InlineData("I'm quoting your agent word for word: \"maybe lay off the burgers\". Explain that.", SenderRole.Buyer)]  // quoted, whose words named
    [InlineData("Quoting your rep verbatim: \"lay off the burgers\". Is that acceptable?", SenderRole.Buyer)]
    [InlineData("do you sell the pig nose fancy dress mask? it's for a hen do", SenderRole.Buyer)]                        // the goods
    [InlineData("can you send the pig nose mask with my order?", SenderRole.Buyer)]
    [InlineData("tmd这快递盒子被压成饼了，还好里面东西没事，你们包得挺结实", SenderRole.Buyer)]                            // sworn at the parcel
    [InlineData("tmd包裹被雨淋湿了，还好东西没坏，你们防水做得好", SenderRole.Buyer)]
    [InlineData("卧槽我自己拍错颜色了，蠢死了，能换成黑色吗", SenderRole.Buyer)]                                          // self-directed, after the slip
    [InlineData("我自己填错地址了，蠢死了，还能改吗", SenderRole.Buyer)]
    [InlineData("sb的是我，手滑点了确认收货，其实还没拿到，咋办", SenderRole.Buyer)]                                      // "the fool is me"
    [InlineData("sb的就是我，地址填错了，能改吗", SenderRole.Buyer)]
    [InlineData("这位买家在对话里反复骂我们“骗子”“死全家”，申请平台按恶意骚扰处理，聊天记录已附上", SenderRole.Agent)]       // a buyer's cursing, reported
    [InlineData("这位买家反复骂我“傻逼”“滚”，申请平台处理", SenderRole.Agent)]
    [InlineData("收到您的举报，对方发的nmsl等辱骂内容我们已提交平台审核", SenderRole.Agent)]                                // listed as reported content
    [InlineData("您反馈的对方发的傻逼等辱骂内容已截图上报", SenderRole.Agent)]
    [InlineData("主管，3号客服刚被买家骂了很多难听的，包括煞笔之类的，这个会话我先转给您", SenderRole.Agent)]                 // given as an example
    [InlineData("刚被顾客骂了很多脏话，比如傻逼等等，已经截图了", SenderRole.Agent)]
    public void Reported_self_directed_and_product_words_are_not_blocked(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.RuleId == "C2" && f.Evidence == Evidence.Term);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("you're a right moron, it was on silent the whole time.", SenderRole.Buyer)]
    [InlineData("Hi, I've flagged the message. You are an idiot.", SenderRole.Agent)]
    [InlineData("maybe lay off the burgers, mate.", SenderRole.Buyer)]
    [InlineData("do you sell anything, you pig?", SenderRole.Buyer)]
    [InlineData("tmd你们把我的东西压坏了", SenderRole.Buyer)]
    [InlineData("你自己拍错颜色了，蠢死了", SenderRole.Buyer)]
    [InlineData("sb的是你，手滑点了确认收货", SenderRole.Buyer)]
    [InlineData("你们这群骗子，死全家", SenderRole.Buyer)]
    [InlineData("nmsl，赶紧退款", SenderRole.Buyer)]
    [InlineData("你就是个煞笔", SenderRole.Buyer)]
    public void The_same_words_aimed_at_the_reader_are_still_abuse(string text, SenderRole role) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, role).Labels);
}
