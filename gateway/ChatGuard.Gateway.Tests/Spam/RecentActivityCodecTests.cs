using ChatGuard.Classifiers.Normalization;
using ChatGuard.Gateway.Spam;

namespace ChatGuard.Gateway.Tests.Spam;

public sealed class RecentActivityCodecTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

    [Fact]
    public void Entries_come_back_in_order_with_their_times_ids_flags_and_fingerprints()
    {
        var normalizer = new TextNormalizer();
        var advert = TextFingerprint.Of(normalizer.Normalize("新店开业全场五折，今晚八点准时开抢"));
        var activity = new RecentActivity<TextFingerprint?>(10);
        activity.Add(T0, "m1", "c1", advert, false);
        activity.Add(T0.AddSeconds(5), "m2", "c2", null, true);

        var back = RecentActivityCodec.Decode(RecentActivityCodec.Encode(activity), 10).Entries.ToList();

        Assert.Equal([(T0, "m1", "c1", false), (T0.AddSeconds(5), "m2", "c2", true)], back.Select(e => (e.At, e.MessageId, e.ConversationId, e.Flagged)));
        Assert.Equal(advert.Length, back[0].Item!.Length);
        Assert.Equal(1.0, back[0].Item!.Similarity(advert));
        Assert.Null(back[1].Item);
    }

    [Fact]
    public void Nothing_stored_and_more_than_the_capacity_decode_to_what_the_ring_would_hold()
    {
        Assert.Empty(RecentActivityCodec.Decode(null, 10).Entries);
        var activity = new RecentActivity<TextFingerprint?>(10);
        for (var i = 0; i < 10; i++) activity.Add(T0.AddSeconds(i), $"m{i}", "c", null, false);
        Assert.Equal(["m7", "m8", "m9"], RecentActivityCodec.Decode(RecentActivityCodec.Encode(activity), 3).Entries.Select(e => e.MessageId));
    }
}
