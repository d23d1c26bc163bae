namespace ScriptHost.Cli.Configuration;

/// <summary>Writes a file only its owner can read (0600 from its first byte, never widened after), whole or not at all.</summary>
internal static class OwnerOnlyFile
{
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written beside and moved over, so a crash never leaves half a file; the new file is 0600 from creation.
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
