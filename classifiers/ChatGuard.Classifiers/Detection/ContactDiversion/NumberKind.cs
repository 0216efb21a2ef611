namespace ChatGuard.Classifiers.Detection.ContactDiversion;

/// <summary>What a run of digits is, as far as C1 is concerned.</summary>
public enum NumberKind
{
    None,
    Phone,
    BankCard,
}
