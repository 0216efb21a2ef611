using ChatGuard.Classifiers.Normalization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using ChatGuard.Gateway.Redis;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Spam;

/// <summary>
/// Behaviour over several messages, which no single-message scan can see: C9 repeated identical or near-identical
/// messages within a window, and S5 a shop contacting many buyers who have not written for a long time (a
/// broadcast). Each raises one <c>spam</c> flag per burst for a moderator to judge. The recent activity lives in
/// <see cref="IRecentActivityStore"/> (Redis when nodes share it), so a sender's messages count together whichever
/// node they pass through; with Redis down the checks are skipped until it answers.
/// </summary>
public sealed partial class SpamDetector(
    FlagRaiser flags, IChatStore chat, IRecentActivityStore activity, IOptionsMonitor<SpamOptions> options, ILogger<SpamDetector> logger)
{
    /// <summary>Adds a stored message to its sender's recent activity (an agent's unsolicited contact also to its shop's) and raises a flag when it completes a burst.</summary>
    public async ValueTask RecordAsync(StoredMessage message, Conversation conversation, NormalizedText normalized, CancellationToken ct)
    {
        // The bot's canned answers repeat by design; moderators do not post.
        if (message.SenderRole is not (Roles.Buyer or Roles.Agent)) return;
        var o = options.CurrentValue;
        try
        {
            await CheckRepetitionAsync(message, normalized, o, ct);
            if (message.SenderRole == Roles.Agent) await CheckUnsolicitedAsync(message, conversation, o, ct);
        }
        catch (RedisUnavailableException e)
        {
            LogUnavailable(message.Id, e.Message);
        }
    }

    /// <summary>C9: the sender repeats (nearly) the same text within the window.</summary>
    private async Task CheckRepetitionAsync(StoredMessage m, NormalizedText normalized, SpamOptions o, CancellationToken ct)
    {
        var fingerprint = TextFingerprint.Of(normalized);
        if (fingerprint.Length < o.MinLength) return;
        // An agent giving many buyers who asked the same answer is service, not junk: for agents only repeats to one
        // buyer count here, so an agent's history is kept per conversation (and each send compares against that one
        // only); the same advert to buyers who did not ask is S5's broadcast below.
        var key = m.SenderRole == Roles.Buyer ? $"{m.Tenant}/{m.SenderRole}/{m.SenderId}" : $"{m.Tenant}/{m.SenderRole}/{m.SenderId}/{m.ConversationId}";
        var (burst, conversations) = await activity.ChangeAsync(key, m.SentAt, history =>
        {
            history.Prune(m.SentAt - o.Window);
            var similar = history.Matching(f => f is not null && f.IsSimilar(fingerprint, o.Similarity));
            var raise = similar.Count + 1 >= o.RepeatThreshold && !similar.Any(s => s.Flagged);
            history.Add(m.SentAt, m.Id, m.ConversationId, fingerprint, raise);
            var reached = similar.Select(s => s.ConversationId).Append(m.ConversationId).Distinct().Count();
            if (!raise) return ((List<string>?)null, reached);
            List<string> completed = [.. similar.Select(s => s.MessageId), m.Id];
            history.MarkFlagged(completed);
            return (completed, reached);
        }, ct);
        if (burst is null) return;
        LogSpam(m.Id, "C9", burst.Count);
        await flags.RaiseSpamAsync(m, burst, "C9",
            $"C9: {burst.Count} near-identical messages to {conversations} conversation(s) within {o.Window.TotalMinutes:0.#} minutes", ct);
    }

    /// <summary>S5: the shop writes to buyers who have been quiet for long, in several conversations within the window.</summary>
    private async Task CheckUnsolicitedAsync(StoredMessage m, Conversation conversation, SpamOptions o, CancellationToken ct)
    {
        var lastFromBuyer = await chat.LatestFromRoleAsync(m.Tenant, conversation.Id, Roles.Buyer, m.Sequence, ct);
        if (lastFromBuyer is not null && m.SentAt - lastFromBuyer.SentAt < o.QuietBuyerAfter) return;
        var (burst, reached) = await activity.ChangeAsync($"{m.Tenant}/{m.ShopId}", m.SentAt, contacts =>
        {
            contacts.Prune(m.SentAt - o.Window);
            var earlier = contacts.Matching(_ => true);
            var conversations = earlier.Select(e => e.ConversationId).Append(m.ConversationId).Distinct().Count();
            var raise = conversations >= o.BroadcastThreshold && !earlier.Any(e => e.Flagged);
            contacts.Add(m.SentAt, m.Id, m.ConversationId, null, raise);
            if (!raise) return ((List<string>?)null, conversations);
            List<string> completed = [.. earlier.Select(e => e.MessageId), m.Id];
            contacts.MarkFlagged(completed);
            return (completed, conversations);
        }, ct);
        if (burst is null) return;
        LogSpam(m.Id, "S5", burst.Count);
        await flags.RaiseSpamAsync(m, burst, "S5",
            $"S5: the shop wrote to {reached} buyers who had not written for {o.QuietBuyerAfter.TotalDays:0.#} days, within {o.Window.TotalMinutes:0.#} minutes", ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spam pattern {Rule} completed by message {MessageId} ({Count} messages)")]
    private partial void LogSpam(string messageId, string rule, int count);

    /// <summary>Debug: the Redis circuit already logs the outage once; this would repeat it for every message.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Spam checks skipped for message {MessageId}: {Reason}")]
    private partial void LogUnavailable(string messageId, string reason);
}
