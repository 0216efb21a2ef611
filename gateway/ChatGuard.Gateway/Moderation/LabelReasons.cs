using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Gateway.Moderation;

/// <summary>What a sender is told when a label stops or changes their message, with the rule it comes from.</summary>
public static class LabelReasons
{
    public static string For(string label) => label switch
    {
        Labels.ContactDiversion => "contact details, links and accounts outside the platform are not allowed (C1)",
        Labels.Abuse => "insults, threats and offensive wording are not allowed (C2)",
        Labels.Prohibited => "prohibited content is not allowed (C3)",
        Labels.OffPlatformPayment => "payments, deposits or fees outside the platform are not allowed (C4)",
        Labels.Counterfeit => "wording that states or implies goods are fake is not allowed (C5)",
        Labels.Impersonation => "posing as the platform or its staff is not allowed (C6)",
        Labels.ReviewSolicitation => "offering anything for a review, or dictating one, is not allowed (C7)",
        Labels.ExaggeratedClaims => "promises a product cannot keep are not allowed (C8)",
        Labels.QrCode => "QR codes are not allowed in images (C1)",
        Labels.Spam => "repeated unsolicited promotion is not allowed (C9)",
        _ => $"the message was flagged as {label}",
    };

    public static string? Summarize(Verdict verdict) =>
        verdict.Action == ModerationAction.Allow ? null : string.Join("; ", verdict.Labels.Select(For));
}
