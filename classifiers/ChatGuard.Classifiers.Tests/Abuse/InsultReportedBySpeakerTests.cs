using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Tests.Abuse;

/// <summary>C2: a sender reporting what they were called is not blocked; calling the other side the same still is.</summary>
public class InsultReportedBySpeakerTests
{
    [Theory]
    [InlineData("之前那个客服骂我是傻逼，我要投诉她", SenderRole.Buyer)]
    [InlineData("昨天有个买家说我是骗子，还要去举报我", SenderRole.Agent)]
    [InlineData("上次打電話來的人罵我白癡，這可以檢舉嗎", SenderRole.Buyer)]
    [InlineData("the courier called me an idiot when I asked about the parcel", SenderRole.Buyer)]
    [InlineData("your colleague said I was stupid, is that how you treat customers?", SenderRole.Buyer)]
    [InlineData("刚才那个客服回了我一句 nmsl，这什么服务", SenderRole.Buyer)]      // the curse in pinyin, after a space
    [InlineData("送货的师傅对我说：滚，自己下楼拿", SenderRole.Buyer)]
    [InlineData("sha bi？对方客服就是这么骂我的", SenderRole.Buyer)]            // the attribution after the words
    [InlineData("“滚”——这是你们客服的原话", SenderRole.Buyer)]
    [InlineData("your rider called me a 'stupid woman' at my door today. I want to file a complaint.", SenderRole.Buyer)] // the words in quotes
    [InlineData("A buyer called me a \"useless bitch\" earlier, how do I report that conversation?", SenderRole.Agent)]
    [InlineData("someone from your shop sent me 'f*** off' on Instagram, is that really your staff?", SenderRole.Buyer)]   // sent, then the quote
    [InlineData("fyi you know the courier wrote 'stupid customer' on my box?? not cool", SenderRole.Buyer)]             // the match starts at "you"
    [InlineData("The message \"answer me b*tch\" came 30 times overnight, it has been reported", SenderRole.Agent)]     // a message, quoted
    [InlineData("there's a review calling your packer a \"dumb whore\", can you get it removed?", SenderRole.Buyer)]
    [InlineData("the rider called me a b*tch at the gate, where do I complain", SenderRole.Buyer)]                       // a masked word in the report
    [InlineData("do you still sell \"The Idiot\" by Dostoevsky, the hardback?", SenderRole.Buyer)]                      // titles
    [InlineData("is the 'bad bitch' phone case in stock for the 15?", SenderRole.Buyer)]
    [InlineData("one 'Bitch Please' mug and two tote bags please", SenderRole.Buyer)]
    [InlineData("If you think it's a fraud, tap Report in the app; never share your OTP", SenderRole.Agent)]             // "it" is no "you"
    [InlineData("lol my dumbass ordered the wrong size again", SenderRole.Buyer)]                                        // the sender
    [InlineData("the seller called me a stupid bitch when I asked for my refund, already reported", SenderRole.Buyer)]  // a modifier before the word
    [InlineData("昨天那个快递员骂我是个死胖子，我要投诉", SenderRole.Buyer)]
    [InlineData("有个买家骂我们客服是智障，这种能封号吗", SenderRole.Agent)]                                             // the sender's own staff
    [InlineData("真的很抱歉，昨天同事回您“神经病”是他不对，已经批评教育了", SenderRole.Agent)]                            // an apology for a colleague's words
    [InlineData("so sorry our driver called you an 'idiot' at the door, he has been taken off your route", SenderRole.Agent)]
    [InlineData("昨天在直播间被一个路人骂了句脑残，能帮我封他吗", SenderRole.Buyer)]                                    // passive: 被…骂了句
    [InlineData("有个黑粉在评论区骂我们粉丝是废物，麻烦处理下", SenderRole.Agent)]
    [InlineData("你们的骑手开口就骂人：“死肥猪”，我不想再收他送的件", SenderRole.Buyer)]                                  // 骂人, then the quote
    [InlineData("one viewer keeps calling me a fat pig in the comments, please block him", SenderRole.Agent)]
    [InlineData("a buyer called our agents brainless morons on the phone this morning", SenderRole.Agent)]
    [InlineData("那个骑手冲我吼：你这死胖子，自己下楼拿", SenderRole.Buyer)]                                            // the speech after a colon
    [InlineData("昨晚有个陌生号私信我说“滚去死”，是不是你们店的人", SenderRole.Buyer)]                                  // 私信我说: the sender listens
    [InlineData("我妈说你们的送货员骂她是老不死，怎么处理", SenderRole.Buyer)]                                            // a third person insulted
    [InlineData("直播间一直有人刷屏“主播是脑残”，能不能踢出去", SenderRole.Agent)]                                      // spam quoted
    [InlineData("这是聊天记录截图，客服回的是“蠢货自己看详情页”，请平台核实", SenderRole.Buyer)]                        // quoted as evidence
    [InlineData("你们店员给我发了个“滚”字是什么意思？我就问了下发货时间", SenderRole.Buyer)]
    [InlineData("抱歉，昨天的同事用了“智障”这种词回复您，完全不应该", SenderRole.Agent)]
    public void A_sender_reporting_an_insult_at_them_is_not_blocked(string text, SenderRole role)
    {
        var verdict = LabelAssert.Scan(text, role);
        Assert.DoesNotContain(verdict.Findings, f => f.Label == Labels.Abuse && f.RuleId == "C2" && f.Evidence == Evidence.Term);
        Assert.NotEqual(ModerationAction.Block, verdict.Action);
    }

    [Theory]
    [InlineData("你骂我是傻逼？你才是傻逼")]    // the report, then an insult of their own
    [InlineData("我说你是傻逼你听不懂吗")]      // second person: an insult
    [InlineData("他骂我是猪你们这群垃圾也不管")]  // the report names 猪; 垃圾 is the sender's own
    [InlineData("you called me stupid? you're a moron")]
    [InlineData("you called me a 'liar'? you're the 'stupid woman' here")]   // quotes of one's own words aimed at the other side
    [InlineData("you think you're clever? you're a fraud")]
    [InlineData("my god you are so stupid")]
    [InlineData("快回我 sha bi 客服")]            // 回我 without 一句 is a demand, not a report
    [InlineData("傻逼客服，说的就是你")]          // 说的 with no third person before it attributes nothing
    [InlineData("同事说您“神经病”一点没说错")]      // the colleague's words to the listener, endorsed, not apologised for
    [InlineData("he called me out, you stupid bitch")]  // a clause break before the insult
    [InlineData("他骂我是因为你这个傻逼")]            // more than a modifier between the report and the insult
    [InlineData("被你骂了句傻逼？你才是傻逼")]        // the report, then an insult of their own
    [InlineData("calling me a liar? you fat pig")]
    [InlineData("他骂我：行，你才是傻逼")]               // a clause break: the sender's own answer after the report
    [InlineData("我骂他是傻逼怎么了，你也是傻逼")]       // the sender insulting, then aiming at the listener
    [InlineData("你这个傻逼，去投诉啊")]                 // a complaint word, but no quotation
    public void Insults_of_the_sender_around_a_report_are_still_caught(string text) =>
        Assert.Contains(Labels.Abuse, LabelAssert.Scan(text, SenderRole.Buyer).Labels);
}
