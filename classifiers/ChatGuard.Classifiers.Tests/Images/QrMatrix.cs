using QRCoder;

namespace ChatGuard.Classifiers.Tests.Images;

/// <summary>A QR code's modules as QRCoder builds them, without QRCoder's quiet zone (the painter adds its own).</summary>
internal sealed class QrMatrix
{
    private const int QuietZone = 4;
    private readonly bool[,] _dark;

    public QrMatrix(string text, QRCodeGenerator.ECCLevel ecc = QRCodeGenerator.ECCLevel.M)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, ecc);
        Size = data.ModuleMatrix.Count - 2 * QuietZone;
        _dark = new bool[Size, Size];
        for (var row = 0; row < Size; row++)
            for (var col = 0; col < Size; col++)
                _dark[col, row] = data.ModuleMatrix[row + QuietZone][col + QuietZone];
    }

    /// <summary>Modules per side: 21 for version 1, 25 for version 2, …</summary>
    public int Size { get; }

    public bool IsDark(int col, int row) => _dark[col, row];
}
