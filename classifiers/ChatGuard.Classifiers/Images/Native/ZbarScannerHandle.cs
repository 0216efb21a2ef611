using Microsoft.Win32.SafeHandles;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>A <c>zbar_image_scanner_t</c>; not thread-safe, so each scan owns one.</summary>
internal sealed class ZbarScannerHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ZbarScannerHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        Zbar.ImageScannerDestroy(handle);
        return true;
    }
}
