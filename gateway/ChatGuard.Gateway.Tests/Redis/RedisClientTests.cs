using System.Diagnostics;
using System.Text;
using ChatGuard.Gateway.Redis;
using ChatGuard.Gateway.Tests.Infrastructure;
using System.Diagnostics.Metrics;
using ChatGuard.Gateway.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Tests.Redis;

/// <summary>The shared Redis client against a real redis-server: commands, scripts by SHA, pub/sub, and a server that dies and returns.</summary>
public sealed class RedisClientTests : IAsyncLifetime
{
    private readonly RedisServer _server = new();
    private StackExchangeRedisClient _client = null!;
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private PrometheusCollector _collector = null!;

    private static readonly RedisScript AddAndList = new("add-and-list",
        "redis.call('RPUSH', KEYS[1], ARGV[1]) return redis.call('LRANGE', KEYS[1], 0, -1)");

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _client = new StackExchangeRedisClient(
            Options.Create(new RedisOptions { Configuration = _server.Configuration, Prefix = "test", BreakSeconds = 1, TimeoutMilliseconds = 2000 }),
            new GatewayMetrics(_meters.GetRequiredService<IMeterFactory>()), NullLogger<StackExchangeRedisClient>.Instance);
        _collector = new PrometheusCollector(_meters.GetRequiredService<IMeterFactory>(), TelemetryOptions.Meters);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
        _collector.Dispose();
        await _meters.DisposeAsync();
    }

    [Fact]
    public async Task Every_call_is_timed_by_command_or_script_name_without_keys_or_values()
    {
        var key = _client.Key("timed", Guid.NewGuid().ToString("N"));
        await _client.ExecuteAsync("SET", [key, "secret-value"], default);
        await _client.ExecuteAsync("GET", [key], default);
        await _client.EvaluateAsync(AddAndList, [key + ":l"], ["x"], default);

        var text = _collector.Scrape();

        Assert.Contains("chatguard_redis_duration_milliseconds_count{command=\"SET\"} 1\n", text);
        Assert.Contains("chatguard_redis_duration_milliseconds_count{command=\"GET\"} 1\n", text);
        Assert.Contains("chatguard_redis_duration_milliseconds_count{command=\"EVALSHA add-and-list\"} 1\n", text);
        Assert.DoesNotContain(key, text);
        Assert.DoesNotContain("secret-value", text);
    }

    [Fact]
    public async Task Commands_return_values_integers_nil_and_arrays()
    {
        var key = _client.Key("k", Guid.NewGuid().ToString("N"));
        Assert.Equal("test:k:" + key[7..], key);
        Assert.True((await _client.ExecuteAsync("GET", [key], default)).IsNil);
        await _client.ExecuteAsync("SET", [key, "v1"], default);
        Assert.Equal("v1", (await _client.ExecuteAsync("GET", [key], default)).Value);
        Assert.Equal(5, (await _client.ExecuteAsync("INCRBY", [key + ":n", 5L], default)).AsInt64());
        await _client.ExecuteAsync("RPUSH", [key + ":l", "a", "b"], default);
        var list = (await _client.ExecuteAsync("LRANGE", [key + ":l", 0, -1], default)).AsArray();
        Assert.Equal(["a", "b"], list.Select(r => r.Value));
    }

    [Fact]
    public async Task Scripts_are_called_by_sha_and_reloaded_after_the_cache_is_flushed()
    {
        var key = _client.Key("s", Guid.NewGuid().ToString("N"));
        Assert.Equal(["x"], (await _client.EvaluateAsync(AddAndList, [key], ["x"], default)).AsArray().Select(r => r.Value));
        await _client.ExecuteAsync("SCRIPT", ["FLUSH"], default); // what a restarted Redis looks like to EVALSHA
        Assert.Equal(["x", "y"], (await _client.EvaluateAsync(AddAndList, [key], ["y"], default)).AsArray().Select(r => r.Value));
        var sha = Convert.ToHexStringLower(AddAndList.Sha1);
        Assert.Equal("1", (await _client.ExecuteAsync("SCRIPT", ["EXISTS", sha], default)).AsArray()[0].Value);
    }

    [Fact]
    public async Task Published_messages_reach_subscribers_until_they_unsubscribe()
    {
        var channel = _client.Key("ch", Guid.NewGuid().ToString("N"));
        var received = new TaskCompletionSource<(string, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = await _client.SubscribeAsync(channel, (ch, payload) => received.TrySetResult((ch, Encoding.UTF8.GetString(payload))), default);
        Assert.Equal(1, await _client.PublishAsync(channel, Encoding.UTF8.GetBytes("hello"), default));
        Assert.Equal((channel, "hello"), await received.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        await subscription.DisposeAsync();
        Assert.Equal(0, await _client.PublishAsync(channel, Encoding.UTF8.GetBytes("again"), default));
    }

    [Fact]
    public async Task A_dead_redis_fails_fast_with_one_exception_type_and_serves_again_after_restart()
    {
        var key = _client.Key("r", Guid.NewGuid().ToString("N"));
        await _client.EvaluateAsync(AddAndList, [key], ["before"], default);
        var health = new RedisHealthCheck(_client);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await health.CheckHealthAsync(new())).Status);

        await _server.KillAsync();
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            await Assert.ThrowsAsync<RedisUnavailableException>(() => _client.EvaluateAsync(AddAndList, [key], ["during"], default));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"a call against a dead Redis took {watch.Elapsed}");
        }
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await health.CheckHealthAsync(new())).Status);

        await _server.StartAsync(); // empty: no data, no script cache
        var deadline = Stopwatch.StartNew();
        RedisReply? reply = null;
        while (reply is null && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                reply = await _client.EvaluateAsync(AddAndList, [key], ["after"], default);
            }
            catch (RedisUnavailableException)
            {
                await Task.Delay(200);
            }
        }
        Assert.NotNull(reply);
        Assert.Equal(["after"], reply.AsArray().Select(r => r.Value));
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await health.CheckHealthAsync(new())).Status);
    }
}
