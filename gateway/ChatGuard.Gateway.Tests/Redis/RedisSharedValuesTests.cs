using System.Text;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Tests.Infrastructure;
using ChatGuard.Gateway.Tests.ServiceLevel;

namespace ChatGuard.Gateway.Tests.Redis;

/// <summary>The generic compare-and-set under the shop and spam state, with a counter as the value.</summary>
public sealed class RedisSharedValuesTests(RedisCountersFixture fixture) : IClassFixture<RedisCountersFixture>
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    /// <summary>Adds one to the counter held in the value (absent = 0) and returns what it saw.</summary>
    private static Task<int> IncrementAsync(RedisSharedValues node, StackExchange.Redis.RedisKey key) =>
        node.ChangeAsync("test", key, Ttl, current =>
        {
            var seen = current is null ? 0 : int.Parse(Encoding.ASCII.GetString(current), System.Globalization.CultureInfo.InvariantCulture);
            return (Encoding.ASCII.GetBytes((seen + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), seen);
        }, default);

    [Fact]
    public async Task A_node_that_missed_the_other_nodes_write_retries_once_on_the_newer_value()
    {
        var key = fixture.Client.Keys.Key("test", ScriptedGatewayFixture.Unique("k"));
        using var a = new RedisSharedValues(fixture.Client);
        using var b = new RedisSharedValues(fixture.Client);

        Assert.Equal(0, await IncrementAsync(a, key)); // new key: written at once
        Assert.Equal(1, await IncrementAsync(b, key)); // B never saw it: one retry
        Assert.Equal(2, await IncrementAsync(a, key)); // A remembers the value before B's write: one retry
        Assert.Equal(3, await IncrementAsync(a, key)); // A wrote last: no retry
        Assert.Equal((1L, 1L), (a.Conflicts, b.Conflicts));
        Assert.True(await fixture.Client.Database.KeyTimeToLiveAsync(key) <= Ttl);
    }

    [Fact]
    public async Task A_value_gone_from_Redis_starts_afresh_even_where_a_node_remembers_it()
    {
        var key = fixture.Client.Keys.Key("test", ScriptedGatewayFixture.Unique("k"));
        using var node = new RedisSharedValues(fixture.Client);
        await IncrementAsync(node, key);
        await IncrementAsync(node, key);
        await fixture.Client.Database.KeyDeleteAsync(key); // as when it expires

        Assert.Equal(0, await IncrementAsync(node, key));
        Assert.Equal("1", Encoding.ASCII.GetString((await node.ReadAsync("test", key, default))!));
    }
}
