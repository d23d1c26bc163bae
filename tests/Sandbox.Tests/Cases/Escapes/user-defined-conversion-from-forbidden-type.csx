class Wrapper
{
    public static implicit operator Wrapper(System.IO.FileInfo file) => new Wrapper();
}
return 1;
