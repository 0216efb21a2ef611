using ChatGuard.Classifiers.Verdicts;

namespace ChatGuard.Classifiers.Images;

/// <summary>One decoded QR code: its text for moderators and the text pipeline's verdict on it.</summary>
public sealed record ImageCode(string Text, Verdict TextVerdict)
{
    /// <summary>C1: the code carries an off-platform link, phone number, e-mail or IM handle.</summary>
    public bool ContactDiversion => TextVerdict.Labels.Contains(Labels.ContactDiversion);
}
