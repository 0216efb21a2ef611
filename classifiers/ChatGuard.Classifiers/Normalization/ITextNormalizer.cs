namespace ChatGuard.Classifiers.Normalization;

/// <summary>Turns raw message text into the one normalized form every detector reads.</summary>
public interface ITextNormalizer
{
    NormalizedText Normalize(string text);
}
