namespace ScriptHost.Workers.Confinement;

/// <summary>The cgroup file system as the kernel exposes it under <c>/sys/fs/cgroup</c>.</summary>
internal sealed class CgroupFileSystem : ICgroupFileSystem
{
    public static CgroupFileSystem Instance { get; } = new();

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public bool FileExists(string path) => File.Exists(path);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    // Non-recursive Directory.Delete is a plain rmdir(2), which is how a cgroup is removed (its control files go with it).
    public void RemoveDirectory(string path) => Directory.Delete(path, recursive: false);

    public IEnumerable<string> ChildDirectories(string path) => Directory.EnumerateDirectories(path);

    public string ReadText(string path) => File.ReadAllText(path);

    public void WriteText(string path, string value)
    {
        // One write(2) per value: the kernel parses each write on its own, and an error (EBUSY, EINVAL) surfaces here.
        using var stream = new FileStream(path, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        stream.Write(System.Text.Encoding.ASCII.GetBytes(value));
    }
}
