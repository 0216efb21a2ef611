namespace ChatGuard.Classifiers.Normalization;

/// <summary>
/// In which order a message's characters are read. Every reading starts from the order a person sees on screen:
/// bidi overrides (U+202E …) are applied, not only removed, so a number written backwards behind one reads as shown.
/// </summary>
public enum TextReading
{
    /// <summary>As displayed.</summary>
    Display = 0,
    /// <summary>Right to left (<c>8877ylil 信微加</c> reads <c>加微信 lily7788</c>).</summary>
    Reversed = 1,
    /// <summary>The first character of every line, top to bottom (an acrostic).</summary>
    Acrostic = 2,
    /// <summary>As typed, with bidi overrides dropped instead of applied: what a copy of the text pastes.</summary>
    Typed = 3,
}
