namespace ChatGuard.Classifiers.Images;

/// <summary>
/// A rectangle of the working image where finder patterns suggest a QR code, already clamped to the image.
/// <see cref="ModuleSize"/> is the finder patterns' module size in pixels (it tells how much to upscale the crop).
/// </summary>
internal readonly record struct CodeRegion(int X, int Y, int Width, int Height, double ModuleSize);
