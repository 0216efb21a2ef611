using Microsoft.Win32.SafeHandles;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>A reference to a <c>VipsImage</c> (a GObject), released deterministically with <c>g_object_unref</c>.</summary>
internal sealed class VipsImageHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public VipsImageHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        GLib.ObjectUnref(handle);
        return true;
    }
}
