namespace ChatGuard.Classifiers.Benchmarks;

/// <summary>
/// A reproducible mix of chat messages of 20–300 characters, mostly ordinary shop talk with about one in
/// five carrying a violation, in simplified and traditional Chinese, English and code-switched text.
/// Built from phrase fragments, so the benchmark does not depend on (or leak) any evaluation corpus.
/// </summary>
public static class MessageMix
{
    private static readonly string[] Clean =
    [
        "亲，您的订单已经发货了，预计明天送达", "请问这款有黑色的M码吗？", "尺码表在详情页，按平时的尺码拍就可以",
        "收到货了，质量很好，谢谢老板", "退款已经提交，1-3个工作日原路退回", "这个价格还能便宜一点吗？我买两件",
        "請問什麼時候出貨？已經等三天了", "包裝有點壓壞了，不過東西沒問題", "Hi, is this available in size 8?",
        "Your parcel is out for delivery today", "Can I change the color to blue before it ships?", "满299减30的券今晚过期",
        "亲，your order 已经 packed 了，明天 ship", "直播间3号链接还有货吗", "The fabric is soft and the fit is true to size",
        "订单号 6931458027713340 麻烦查一下物流", "售后在订单详情里申请就行", "Thanks! I'll leave feedback once it arrives",
    ];

    private static readonly string[] Flagged =
    [
        "加我微信 shop_8866 发你实拍图", "好评返现5元，截图找客服", "高仿包包，专柜品质", "先交200保证金才能发货",
        "我是抖音官方客服，您的订单异常", "这套课程包过，不过全额退", "Add me on WhatsApp +1 415 555 0199",
        "Leave a 5-star review and get $5 back", "電話 一三八 零零一三 八零零零", "去我们淘宝店买更便宜",
        "Top replica watches, same as retail", "私下转账便宜50", "V❤：sunny_shop01 朋友圈天天上新",
    ];

    public static string[] Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var messages = new string[count];
        for (var i = 0; i < count; i++)
        {
            var target = random.Next(20, 301);
            var text = "";
            while (text.Length < target)
            {
                var pool = random.Next(5) == 0 ? Flagged : Clean;
                var piece = pool[random.Next(pool.Length)];
                text = text.Length == 0 ? piece : text + "，" + piece;
            }
            messages[i] = text.Length > 300 ? text[..300] : text;
        }
        return messages;
    }
}
