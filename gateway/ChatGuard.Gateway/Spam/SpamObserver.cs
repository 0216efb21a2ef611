using System.Collections.Concurrent;
using ChatGuard.Classifiers.Normalization;
using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Flags;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Spam;

/// <summary>
/// Behaviour over several messages, which no single-message scan can see: C9 repeated identical or near-identical
/// messages within a window, and S5 a shop contacting many buyers who have not written for a long time (a
/// broadcast). Each raises one <c>spam</c> flag per burst for a moderator to judge.
/// <para>
/// The recent activity lives in this process: with several gateway nodes a sender's messages spread over them,
/// so for scale-out the two maps below move to shared state (Redis sorted sets per sender and per shop, scored by
/// time, pruned to the window) behind the same checks.
/// </para>
/// </summary>
public sealed partial class SpamObserver(FlagQueue flags, IChatStore chat, IOptionsMonitor<SpamOptions> options, ILogger<SpamObserver> logger)
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, RecentActivity<TextFingerprint>> _senders = new();
    private readonly ConcurrentDictionary<string, RecentActivity<bool>> _shopContacts = new();
    private long _seen;

    public async ValueTask ObserveAsync(StoredMessage message, Conversation conversation, NormalizedText normalized, CancellationToken ct)
    {
        // The bot's canned answers repeat by design; moderators do not post.
        if (message.SenderRole is not (Roles.Buyer or Roles.Agent)) return;
        var o = options.CurrentValue;
        if (Interlocked.Increment(ref _seen) % SweepEvery == 0) Sweep(message.SentAt - o.Window);
        await CheckRepetitionAsync(message, normalized, o, ct);
        if (message.SenderRole == Roles.Agent) await CheckUnsolicitedAsync(message, conversation, o, ct);
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
        var history = _senders.GetOrAdd(key, _ => new RecentActivity<TextFingerprint>(o.MaxRecentPerSender));
        List<string>? burst = null;
        int conversations;
        lock (history)
        {
            history.Prune(m.SentAt - o.Window);
            var similar = history.Matching(f => f.IsSimilar(fingerprint, o.Similarity));
            var raise = similar.Count + 1 >= o.RepeatThreshold && !similar.Any(s => s.Flagged);
            history.Add(m.SentAt, m.Id, m.ConversationId, fingerprint, raise);
            conversations = similar.Select(s => s.ConversationId).Append(m.ConversationId).Distinct().Count();
            if (raise)
            {
                burst = [.. similar.Select(s => s.MessageId), m.Id];
                history.MarkFlagged(burst);
            }
        }
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
        var contacts = _shopContacts.GetOrAdd($"{m.Tenant}/{m.ShopId}", _ => new RecentActivity<bool>(o.MaxRecentPerSender));
        List<string>? burst = null;
        int reached;
        lock (contacts)
        {
            contacts.Prune(m.SentAt - o.Window);
            var earlier = contacts.Matching(_ => true);
            reached = earlier.Select(e => e.ConversationId).Append(m.ConversationId).Distinct().Count();
            var raise = reached >= o.BroadcastThreshold && !earlier.Any(e => e.Flagged);
            contacts.Add(m.SentAt, m.Id, m.ConversationId, true, raise);
            if (raise)
            {
                burst = [.. earlier.Select(e => e.MessageId), m.Id];
                contacts.MarkFlagged(burst);
            }
        }
        if (burst is null) return;
        LogSpam(m.Id, "S5", burst.Count);
        await flags.RaiseSpamAsync(m, burst, "S5",
            $"S5: the shop wrote to {reached} buyers who had not written for {o.QuietBuyerAfter.TotalDays:0.#} days, within {o.Window.TotalMinutes:0.#} minutes", ct);
    }

    /// <summary>Forgets senders and shops with nothing inside the window, so memory follows the active ones only.</summary>
    private void Sweep(DateTimeOffset oldest)
    {
        foreach (var (key, history) in _senders)
            lock (history)
                if (history.Newest < oldest) _senders.TryRemove(key, out _);
        foreach (var (key, contacts) in _shopContacts)
            lock (contacts)
                if (contacts.Newest < oldest) _shopContacts.TryRemove(key, out _);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Spam pattern {Rule} completed by message {MessageId} ({Count} messages)")]
    private partial void LogSpam(string messageId, string rule, int count);
}
