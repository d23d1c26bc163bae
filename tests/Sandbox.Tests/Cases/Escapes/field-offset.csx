[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
struct Overlay
{
    [System.Runtime.InteropServices.FieldOffset(0)] public long Address;
}
return 1;
