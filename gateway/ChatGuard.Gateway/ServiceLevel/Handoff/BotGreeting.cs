namespace ChatGuard.Gateway.ServiceLevel;

/// <summary>
/// S1: one conversation the bot answers, and the buyer message that made it answer. The bot answers as its own
/// account (<see cref="BotUserId"/>), with a greeting or the FAQ answer whose keyword the buyer's message contains.
/// </summary>
/// <param name="Trigger">The buyer message that led to this answer; its text picks the FAQ entry in its own conversation.</param>
public sealed record BotGreeting(ServiceMessage Trigger, string ConversationId)
{
    /// <summary>Named after the trigger, so a retried buyer send cannot make the bot answer twice.</summary>
    public string ClientMessageId => $"bot:{Trigger.Id}:{ConversationId}";

    /// <summary>One bot account per shop (S7: every action attributable), so shops do not share the per-user send limit.</summary>
    public static string BotUserId(string shopId) => "bot-" + shopId;

    public string Answer(BotReplyOptions bot)
    {
        var faq = Trigger.ConversationId == ConversationId
            ? bot.Faq.FirstOrDefault(f => f.Keywords.Any(k => k.Length > 0 && Trigger.Text.Contains(k, StringComparison.OrdinalIgnoreCase)))?.Answer
            : null;
        return string.IsNullOrEmpty(faq) ? bot.Greeting : faq;
    }
}
