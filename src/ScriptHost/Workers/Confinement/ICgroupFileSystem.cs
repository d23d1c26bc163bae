namespace ScriptHost.Workers.Confinement;

/// <summary>
/// The few file operations the cgroup code makes, kept behind one seam so both cgroup versions can be tested against
/// a temporary directory laid out like the kernel's hierarchy.
/// </summary>
internal interface ICgroupFileSystem
{
    bool DirectoryExists(string path);

    bool FileExists(string path);

    /// <summary>Creates one directory level; the kernel fills a new cgroup directory with its control files.</summary>
    void CreateDirectory(string path);

    /// <summary>Removes an empty cgroup (<c>rmdir</c>); fails while it still holds processes.</summary>
    void RemoveDirectory(string path);

    IEnumerable<string> ChildDirectories(string path);

    string ReadText(string path);

    /// <summary>Writes a control file that already exists (a cgroup file is never created by writing).</summary>
    void WriteText(string path, string value);
}
