// Shared code is policed like the function: the file system is refused at its own line.
public static class Settings
{
    public static string Read() => System.IO.File.ReadAllText("/etc/passwd");
}
