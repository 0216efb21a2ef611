using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace ChatGuard.Gateway.Redis;

/// <summary>
/// Values several nodes change by read, change in C#, write back: each value carries a version token and a write is
/// one generic compare-and-set script (set if the version is still the one this node saw, else return the current
/// value), retried on the newer value when another node wrote first. So the rules stay in C# and no Lua mirrors them.
/// <para>
/// The last version this node saw of a key is kept in memory, so when no other node changed the key meanwhile a
/// change costs exactly one round trip (the compare-and-set); a key new to this node, or changed elsewhere, costs one
/// more. Changes of one key within this node wait for each other, so they never conflict among themselves.
/// <see cref="Conflicts"/> counts the retries.
/// </para>
/// </summary>
public sealed class RedisSharedValues(RedisCircuit redis) : IDisposable
{
    /// <summary>Keys remembered at most; beyond that the least recent are dropped and cost one extra round trip next time.</summary>
    private const int RememberedKeys = 20_000;

    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(10);

    /// <summary>Keys: the value's hash (v = version token, d = data). A missing key has version ''.</summary>
    private static readonly LuaScript CompareAndSet = LuaScript.Prepare("""
        local current = redis.call('HMGET', @key, 'v', 'd')
        local version = current[1] or ''
        if version == @expected then
          redis.call('HSET', @key, 'v', @version, 'd', @value)
          redis.call('PEXPIRE', @key, @ttl)
          return {1}
        end
        return {0, version, current[2]}
        """);

    private readonly MemoryCache _lastSeen = new(new MemoryCacheOptions { SizeLimit = RememberedKeys });
    private long _conflicts;

    /// <summary>Changes retried because another node (or a lost reply) changed the key first, since start.</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    public async Task<byte[]?> ReadAsync(string operation, RedisKey key, CancellationToken ct) =>
        (byte[]?)await redis.RunAsync(operation, db => db.HashGetAsync(key, "d"), ct);

    /// <param name="operation">The metric's tag (never a key or a value, S12).</param>
    /// <param name="change">From the current value (null when absent) to the value to write and the caller's outcome; may run more than once.</param>
    public async Task<T> ChangeAsync<T>(string operation, RedisKey key, TimeSpan ttl, Func<byte[]?, (byte[] Value, T Outcome)> change, CancellationToken ct)
    {
        var seen = _lastSeen.GetOrCreate((string)key!, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = ttl < RememberFor ? ttl : RememberFor;
            return new LastSeen();
        })!;
        await seen.Gate.WaitAsync(ct);
        try
        {
            var (version, current) = (seen.Version, seen.Value);
            while (true)
            {
                var (next, outcome) = change(current);
                var written = Guid.NewGuid().ToString("N");
                var reply = (RedisResult[])(await redis.RunAsync(operation, db => CompareAndSet.EvaluateAsync(db,
                    new { key, expected = version, version = written, value = next, ttl = (long)ttl.TotalMilliseconds }), ct))!;
                if ((long)reply[0] == 1)
                {
                    (seen.Version, seen.Value) = (written, next);
                    return outcome;
                }
                Interlocked.Increment(ref _conflicts);
                (version, current) = ((string)reply[1]!, (byte[]?)reply[2]);
            }
        }
        catch
        {
            // Whether the write landed is unknown (a timeout after sending): start from "absent" next time, which the
            // script corrects at the cost of one round trip.
            (seen.Version, seen.Value) = ("", null);
            throw;
        }
        finally
        {
            seen.Gate.Release();
        }
    }

    public void Dispose() => _lastSeen.Dispose();

    /// <summary>The version of a key this node last read or wrote; guarded by <see cref="Gate"/>.</summary>
    private sealed class LastSeen
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string Version { get; set; } = "";

        public byte[]? Value { get; set; }
    }
}
