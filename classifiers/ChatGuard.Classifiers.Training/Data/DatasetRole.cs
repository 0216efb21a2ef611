namespace ChatGuard.Classifiers.Training.Data;

/// <summary>
/// Which split a file is read for. COLD ships one file per split; Davidson has no official split, so the
/// role picks the rows (shared/data/README.md: row index mod 10 == 0 is test, == 1 is dev, the rest train).
/// </summary>
public enum DatasetRole
{
    Train,
    Dev,
    Test,
}
