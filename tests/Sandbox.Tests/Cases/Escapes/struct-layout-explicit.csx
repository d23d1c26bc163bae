using System.Runtime.InteropServices;
[StructLayout(LayoutKind.Explicit)]
struct Overlay
{
    [FieldOffset(0)] public object Reference;
    [FieldOffset(0)] public long Address;
}
return 1;
