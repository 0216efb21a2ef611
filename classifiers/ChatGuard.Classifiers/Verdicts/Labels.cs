namespace ChatGuard.Classifiers.Verdicts;

/// <summary>The fixed label names of DESIGN.md; the CLI, the API and every report use them.</summary>
public static class Labels
{
    public const string ContactDiversion = "contact_diversion";     // C1
    public const string Abuse = "abuse";                            // C2
    public const string Prohibited = "prohibited";                  // C3
    public const string OffPlatformPayment = "off_platform_payment"; // C4
    public const string Counterfeit = "counterfeit";                // C5
    public const string Impersonation = "impersonation";            // C6
    public const string ReviewSolicitation = "review_solicitation"; // C7
    public const string ExaggeratedClaims = "exaggerated_claims";   // C8
    public const string Spam = "spam";                              // C9, over several messages
    public const string QrCode = "qr_code";                         // C1, in images

    /// <summary>The labels a single text message can carry, in report order.</summary>
    public static readonly IReadOnlyList<string> Text =
    [
        ContactDiversion, Abuse, Prohibited, OffPlatformPayment, Counterfeit,
        Impersonation, ReviewSolicitation, ExaggeratedClaims,
    ];

    public static readonly IReadOnlyList<string> All = [.. Text, QrCode, Spam];

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);

    /// <summary>The RULES.md rule a text label enforces.</summary>
    public static string RuleOf(string label) => label switch
    {
        ContactDiversion => "C1",
        Abuse => "C2",
        Prohibited => "C3",
        OffPlatformPayment => "C4",
        Counterfeit => "C5",
        Impersonation => "C6",
        ReviewSolicitation => "C7",
        ExaggeratedClaims => "C8",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "not a text label"),
    };
}
