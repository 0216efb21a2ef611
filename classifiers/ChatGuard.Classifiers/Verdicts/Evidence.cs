namespace ChatGuard.Classifiers.Verdicts;

/// <summary>
/// What kind of evidence a finding rests on. Precision first: only structured evidence (a number, link, handle or
/// account with its cue) may mask or block on its own; a term or a model score that could be innocent holds the
/// message for review or flags it, unless its score passes the block threshold calibrated on legitimate traffic.
/// </summary>
public enum Evidence
{
    /// <summary>A phone number, URL, handle, e-mail or account, with its cue.</summary>
    Structured = 0,
    /// <summary>A term-list hit.</summary>
    Term = 1,
    /// <summary>A learned model's score.</summary>
    Model = 2,
}
