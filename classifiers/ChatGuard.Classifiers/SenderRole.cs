namespace ChatGuard.Classifiers;

/// <summary>
/// Who wrote the message. Soliciting reviews, exaggerated claims and impersonation are what a shop does; the same
/// words from a buyer ("已经给你们五星好评了") are not a violation, so detectors and the verdict read the role.
/// </summary>
public enum SenderRole
{
    /// <summary>Not said (the CLI without a role, the moderate endpoint): judged as the strictest reading.</summary>
    Unknown = 0,
    Buyer = 1,
    Agent = 2,
    Bot = 3,
}
