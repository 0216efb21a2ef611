namespace ChatGuard.Classifiers.Normalization;

/// <summary>Turns raw message text into the normalized views every detector reads.</summary>
public interface ITextNormalizer
{
    /// <summary>The message as displayed.</summary>
    NormalizedText Normalize(string text);

    /// <summary>The message in another reading (reversed, acrostic), offsets still pointing into <paramref name="text"/>.</summary>
    NormalizedText Normalize(string text, TextReading reading);
}
