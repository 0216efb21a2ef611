using ChatGuard.Classifiers.Normalization;
using ChatGuard.Gateway.Spam;
using ChatGuard.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatGuard.Gateway.Tests.Spam;

/// <summary>What every <see cref="IRecentActivityStore"/> must do; run against the in-process and the Redis store.</summary>
public abstract class RecentActivityStoreContract
{
    protected static readonly SpamOptions Options = new();

    /// <summary>The defaults, as the gateway binds them.</summary>
    protected static readonly IOptionsMonitor<SpamOptions> Monitor =
        new ServiceCollection().AddOptions<SpamOptions>().Services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<SpamOptions>>();

    protected static readonly DateTimeOffset T0 = DateTimeOffset.UtcNow;

    private static readonly TextNormalizer Normalizer = new();

    protected abstract IRecentActivityStore Store { get; }

    protected static TextFingerprint Fingerprint(string text) => TextFingerprint.Of(Normalizer.Normalize(text));

    protected static List<string> Ids(RecentActivity<TextFingerprint?> a) => [.. a.Matching(_ => true).Select(m => m.MessageId)];

    [Fact]
    public async Task Changes_of_one_key_see_each_other_and_keep_fingerprints_and_flags()
    {
        var key = ScriptedGatewayFixture.Unique("sender");
        var advert = Fingerprint("新店开业全场五折，今晚八点准时开抢");
        await Store.ChangeAsync(key, T0, a => { a.Add(T0, "m1", "c1", advert, false); return 0; }, default);
        await Store.ChangeAsync(key, T0, a => { a.Add(T0.AddSeconds(1), "m2", "c2", null, true); return 0; }, default);

        var seen = await Store.ChangeAsync(key, T0, a =>
            (Ids(a), a.Matching(f => f is not null && f.IsSimilar(Fingerprint("新店開業全場五折，今晚八點準時開搶"), Options.Similarity)),
                a.Matching(_ => true).Select(m => m.Flagged).ToList()), default);
        Assert.Equal(["m1", "m2"], seen.Item1);
        Assert.Equal("m1", Assert.Single(seen.Item2).MessageId);
        Assert.Equal([false, true], seen.Item3);
        Assert.Empty(await Store.ChangeAsync(ScriptedGatewayFixture.Unique("other"), T0, Ids, default));
    }

    [Fact]
    public async Task Concurrent_changes_of_one_key_lose_nothing()
    {
        var key = ScriptedGatewayFixture.Unique("shop");
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Store.ChangeAsync(key, T0, a => { a.Add(T0.AddMilliseconds(i), $"m{i}", "c", null, false); return 0; }, default)));
        Assert.Equal(40, (await Store.ChangeAsync(key, T0, Ids, default)).Distinct().Count());
    }
}

public sealed class InProcessRecentActivityStoreTests : RecentActivityStoreContract
{
    protected override IRecentActivityStore Store { get; } = new InProcessRecentActivityStore(Monitor);
}
