using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Spam;
using ChatGuard.Gateway.Tests.Infrastructure;
using ChatGuard.Gateway.Tests.ServiceLevel;

namespace ChatGuard.Gateway.Tests.Spam;

public sealed class RedisRecentActivityStoreTests(RedisCountersFixture fixture) : RecentActivityStoreContract, IClassFixture<RedisCountersFixture>
{
    protected override IRecentActivityStore Store { get; } = Node(fixture);

    /// <summary>One node's store: its own memory of versions, the shared Redis.</summary>
    private static RedisRecentActivityStore Node(RedisCountersFixture fixture) => new(new RedisSharedValues(fixture.Client), fixture.Client, Monitor);

    [Fact]
    public async Task Another_node_sees_the_activity_and_the_key_expires_one_window_after_its_last_change()
    {
        var key = ScriptedGatewayFixture.Unique("sender");
        await Store.ChangeAsync(key, T0, a => { a.Add(T0, "m1", "c1", Fingerprint("新店开业全场五折，今晚八点准时开抢"), false); return 0; }, default);
        Assert.Equal(["m1"], await Node(fixture).ChangeAsync(key, T0, Ids, default));

        var ttl = await fixture.Client.Database.KeyTimeToLiveAsync(fixture.Client.Keys.Key("spam", key));
        Assert.True(ttl > TimeSpan.Zero && ttl <= Options.Window, $"the activity's expiry is {ttl}, the window {Options.Window}");
    }
}
