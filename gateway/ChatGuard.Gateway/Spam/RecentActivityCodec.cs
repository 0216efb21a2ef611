using System.Text;

namespace ChatGuard.Gateway.Spam;

/// <summary>
/// The bytes <see cref="RedisRecentActivityStore"/> keeps per key: each entry's time, ids, flag and fingerprint
/// bigrams. Not the message text, but S12 still applies: a short message's characters can be read back from its
/// bigram set, so the value lives only one window (ten minutes by default) after the sender's last message.
/// Compact binary: a sender's activity is rewritten on every message.
/// </summary>
public static class RecentActivityCodec
{
    private const byte Format = 1;

    public static byte[] Encode(RecentActivity<TextFingerprint?> activity)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            var entries = activity.Entries.ToList();
            w.Write(entries.Count);
            foreach (var e in entries)
            {
                w.Write(e.At.ToUnixTimeMilliseconds());
                w.Write(e.MessageId);
                w.Write(e.ConversationId);
                w.Write(e.Flagged);
                w.Write(e.Item is not null);
                if (e.Item is not { } fingerprint) continue;
                w.Write(fingerprint.Length);
                w.Write(fingerprint.Bigrams.Length);
                foreach (var bigram in fingerprint.Bigrams) w.Write(bigram);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The activity in <paramref name="value"/>, or an empty one when there is none (or it is of another format).</summary>
    public static RecentActivity<TextFingerprint?> Decode(byte[]? value, int capacity)
    {
        var activity = new RecentActivity<TextFingerprint?>(capacity);
        if (value is null || value.Length == 0 || value[0] != Format) return activity;
        using var r = new BinaryReader(new MemoryStream(value, 1, value.Length - 1), Encoding.UTF8);
        var count = r.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(r.ReadInt64());
            var (messageId, conversationId, flagged) = (r.ReadString(), r.ReadString(), r.ReadBoolean());
            TextFingerprint? fingerprint = null;
            if (r.ReadBoolean())
            {
                var length = r.ReadInt32();
                var bigrams = new int[r.ReadInt32()];
                for (var j = 0; j < bigrams.Length; j++) bigrams[j] = r.ReadInt32();
                fingerprint = TextFingerprint.Restore(length, bigrams);
            }
            activity.Add(at, messageId, conversationId, fingerprint, flagged);
        }
        return activity;
    }
}
