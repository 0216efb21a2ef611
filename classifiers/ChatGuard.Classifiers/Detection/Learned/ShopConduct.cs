using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Detection.Learned;

/// <summary>
/// C6–C8 are what a shop does (issue 16): a buyer quoting "好评返现" or asking whether goods are the best is not
/// soliciting reviews or overstating a product, whatever the words score. The detector does not report these heads
/// on a buyer's message, and their thresholds are read off the traffic they judge (agents', bots' and unknown senders').
/// </summary>
public static class ShopConduct
{
    public static bool IsShopConduct(string label) =>
        label is Labels.ReviewSolicitation or Labels.ExaggeratedClaims or Labels.Impersonation;

    /// <summary>Whether a head of <paramref name="label"/> judges a message from <paramref name="role"/>.</summary>
    public static bool Judges(string label, SenderRole role) => role != SenderRole.Buyer || !IsShopConduct(label);
}
