using ChatGuard.Gateway.Accounts;
using ChatGuard.Gateway.Conversations;
using ChatGuard.Gateway.Messaging.Send;
using ChatGuard.Gateway.Security;
using ChatGuard.Gateway.ServiceLevel;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Tests.Messaging.Send;

/// <summary>S3 and S5 as one gate: one read of the buyer's last message per agent send, none for buyers.</summary>
public sealed class AgentReplyGateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private sealed class Fixed<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private sealed class CountingStore(DateTimeOffset? lastBuyerMessage) : IBuyerActivityStore
    {
        public int Reads;

        public Task<DateTimeOffset?> LastBuyerMessageAtAsync(string tenant, string conversationId, CancellationToken ct)
        {
            Interlocked.Increment(ref Reads);
            return Task.FromResult(lastBuyerMessage);
        }
    }

    private static AgentReplyGate Gate(CountingStore store, int? replyWindowHours = 72, bool requireBuyerContact = true) =>
        new(new AgentReplyRules(new ServiceProfiles(new Fixed<TenancyOptions>(new TenancyOptions { DefaultProfile = "tiktok" }),
            new Fixed<ServiceProfilesOptions>(new ServiceProfilesOptions
            {
                Profiles = { ["tiktok"] = new ServiceRuleOptions { ReplyWindowHours = replyWindowHours, RequireBuyerContact = requireBuyerContact } },
            })), store));

    private static SendContext Send(string role) => new(new ChatIdentity("t1", "s1", role + "-1", role),
        new Conversation("c_1", "t1", "s1", "b1", DateTimeOffset.UnixEpoch), "client-1", "hello", [], Now, connectionId: null);

    [Fact]
    public async Task An_agent_send_reads_the_buyers_last_message_once_for_both_rules()
    {
        var store = new CountingStore(Now.AddHours(-1));
        await Gate(store).CheckAsync(Send(Roles.Agent), CancellationToken.None);
        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public async Task A_buyer_send_is_not_checked()
    {
        var store = new CountingStore(null);
        await Gate(store).CheckAsync(Send(Roles.Buyer), CancellationToken.None);
        Assert.Equal(0, store.Reads);
    }

    [Fact]
    public async Task S5_refuses_an_agent_where_the_buyer_never_wrote()
    {
        var refusal = await Assert.ThrowsAsync<MessageRejectedException>(
            () => Gate(new CountingStore(null)).CheckAsync(Send(Roles.Agent), CancellationToken.None).AsTask());
        Assert.StartsWith("S5:", refusal.Message);
        await Gate(new CountingStore(null), requireBuyerContact: false).CheckAsync(Send(Roles.Agent), CancellationToken.None);
    }

    [Fact]
    public async Task S3_exactly_the_window_is_still_in_it_a_second_more_is_not()
    {
        await Gate(new CountingStore(Now.AddHours(-72))).CheckAsync(Send(Roles.Agent), CancellationToken.None);
        var refusal = await Assert.ThrowsAsync<MessageRejectedException>(
            () => Gate(new CountingStore(Now.AddHours(-72).AddSeconds(-1))).CheckAsync(Send(Roles.Agent), CancellationToken.None).AsTask());
        Assert.StartsWith("S3:", refusal.Message);
    }

    [Fact]
    public async Task A_profile_without_either_rule_reads_nothing()
    {
        var store = new CountingStore(null);
        await Gate(store, replyWindowHours: null, requireBuyerContact: false).CheckAsync(Send(Roles.Agent), CancellationToken.None);
        Assert.Equal(0, store.Reads);
    }
}
