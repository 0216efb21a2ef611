using Microsoft.Win32.SafeHandles;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>A <c>zbar_image_t</c>; destroying it also releases the symbols a scan attached to it.</summary>
internal sealed class ZbarImageHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ZbarImageHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        Zbar.ImageDestroy(handle);
        return true;
    }
}
