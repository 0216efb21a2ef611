namespace ChatGuard.Classifiers.Images;

/// <summary>Raised inside the image scan when an input must be refused; the scanner turns it into a result.</summary>
internal sealed class ImageRejectedException(ImageRejection rejection, string message) : Exception(message)
{
    public ImageRejection Rejection { get; } = rejection;
}
