using System.Runtime.InteropServices;

namespace ChatGuard.Classifiers.Images.Native;

/// <summary>The two GLib calls libvips' API leaves to its callers: dropping object references and freeing buffers.</summary>
internal static partial class GLib
{
    [LibraryImport("libgobject-2.0.so.0", EntryPoint = "g_object_unref")]
    public static partial void ObjectUnref(nint instance);

    [LibraryImport("libglib-2.0.so.0", EntryPoint = "g_free")]
    public static partial void Free(nint memory);
}
