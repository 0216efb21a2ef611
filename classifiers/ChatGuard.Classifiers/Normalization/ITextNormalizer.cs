namespace ChatGuard.Classifiers.Normalization;

/// <summary>Turns raw message text into the normalized views every detector reads.</summary>
public interface ITextNormalizer
{
    NormalizedText Normalize(string text);
}
