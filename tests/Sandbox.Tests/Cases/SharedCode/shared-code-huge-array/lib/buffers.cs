// The newarr guard refuses an array in shared code before it is allocated.
public static class Buffers
{
    public static byte[] Huge() => new byte[int.MaxValue];
}
