class Peek
{
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_items")]
    public static extern ref int[] Items(List<int> list);
}
return 1;
