using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging;
using ChatGuard.Gateway.ServiceRules;

namespace ChatGuard.Gateway.Tests.ServiceRules;

public sealed class LastBuyerMessageTests
{
    private sealed class CountingStore : IBuyerActivityStore
    {
        public int Reads;

        public Task<DateTimeOffset?> LastBuyerMessageAtAsync(string tenant, string conversationId, CancellationToken ct)
        {
            Interlocked.Increment(ref Reads);
            return Task.FromResult<DateTimeOffset?>(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        }
    }

    private static SendContext Send(string text) => new(new ChatIdentity("t1", "s1", "agent-1", Roles.Agent),
        new Conversation("c_1", "t1", "s1", "b1", DateTimeOffset.UnixEpoch), "client-" + text, text, [], DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task The_checks_of_one_send_share_one_read_and_an_identical_next_send_reads_again()
    {
        var store = new CountingStore();
        var last = new LastBuyerMessage(store);
        var send = Send("hello");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), await last.AtAsync(send, CancellationToken.None));
        await last.AtAsync(send, CancellationToken.None);
        Assert.Equal(1, store.Reads);

        // An equal record is still another send: the buyer may have written since.
        await last.AtAsync(Send("hello"), CancellationToken.None);
        Assert.Equal(2, store.Reads);
    }
}
