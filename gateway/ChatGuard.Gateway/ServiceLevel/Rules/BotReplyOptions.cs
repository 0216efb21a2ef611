namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>S1: what the bot tells a buyer while it holds the shop's reception.</summary>
public sealed class BotReplyOptions
{
    public string Greeting { get; set; } = "您好，客服正忙，机器人助手先为您服务，人工客服稍后回复您。";

    /// <summary>Answers chosen by keywords in the buyer's message; the first entry with a matching keyword wins.</summary>
    public List<FaqEntry> Faq { get; set; } = [];
}

public sealed class FaqEntry
{
    public List<string> Keywords { get; set; } = [];

    public string Answer { get; set; } = "";
}
