using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Messaging;

namespace ChatGuard.Gateway.ServiceRules;

/// <summary>
/// S1: while the bot holds a shop's reception it answers each waiting buyer once, as role <c>bot</c>, through the
/// normal send path (scanned, stored, delivered to the buyer and the shop's agents) — a greeting, or the FAQ answer
/// whose keyword the buyer's message contains.
/// </summary>
public sealed class BotReplier(IServiceProvider services, ServiceProfiles profiles)
{
    /// <summary>One bot account per shop (S7: every action attributable), so shops do not share the per-user send limit.</summary>
    public static string BotUserId(string shopId) => "bot-" + shopId;

    /// <param name="trigger">The buyer message that led to this answer; its text picks the FAQ entry when it is in the same conversation.</param>
    public Task ReplyAsync(StoredMessage trigger, string conversationId, CancellationToken ct)
    {
        var bot = profiles.ForProfile(trigger.Profile).Options.Bot;
        var answer = trigger.ConversationId == conversationId
            ? bot.Faq.FirstOrDefault(f => f.Keywords.Any(k => k.Length > 0 && trigger.Text.Contains(k, StringComparison.OrdinalIgnoreCase)))?.Answer
            : null;
        var identity = new ChatIdentity(trigger.Tenant, trigger.ShopId, BotUserId(trigger.ShopId), Roles.Bot);
        // Named after the trigger, so a retried buyer send cannot make the bot answer twice.
        var request = new SendMessageRequest(conversationId, $"bot:{trigger.Id}:{conversationId}", string.IsNullOrEmpty(answer) ? bot.Greeting : answer, null);
        // Resolved per call: MessageService itself depends on the observers that call this.
        return services.GetRequiredService<MessageService>().SendAsync(identity, request, ct);
    }
}
