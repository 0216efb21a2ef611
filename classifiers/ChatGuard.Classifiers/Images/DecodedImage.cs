using ChatGuard.Classifiers.Images.Native;

namespace ChatGuard.Classifiers.Images;

/// <summary>
/// An image decoded once into memory as 8-bit grey, ready for several scan passes. An image with transparency
/// has two grounds, flattened on white and on black, because a client may show it on either and a code drawn in
/// light modules on a transparent ground is only visible on a dark one.
/// </summary>
internal sealed class DecodedImage(int width, int height, IReadOnlyList<VipsImageHandle> grounds) : IDisposable
{
    /// <summary>Size as the header declared it (before any reduction to the working size).</summary>
    public int Width { get; } = width;

    public int Height { get; } = height;

    public IReadOnlyList<VipsImageHandle> Grounds { get; } = grounds;

    public void Dispose()
    {
        foreach (var ground in Grounds) ground.Dispose();
    }
}
