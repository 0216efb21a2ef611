namespace ChatGuard.Classifiers.Detection;

/// <summary>
/// The match timeout of the contact patterns whose bounded repetitions nest (a domain's labels, a handle's cue words):
/// a guard against input built to make them backtrack, not a budget. It is wall-clock time, so on a busy machine a thread
/// that waits for a core runs it down too; at 250 ms, 17 scans on 2 cores lost links written with 点 that a quiet run
/// found. A second is far beyond any real message's match (microseconds) and still ends a hostile one.
/// </summary>
internal static class PatternTimeout
{
    public const int Milliseconds = 1_000;
}
