using ScriptHost.Workers.Confinement;

namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>
/// A temporary directory that behaves like the kernel's cgroup file system where it matters: a new group comes with
/// its control files, a control file must exist to be written, and a group holding processes or child groups cannot
/// be removed. The real <see cref="CgroupFileSystem"/> does the reads and writes.
/// </summary>
internal sealed class FakeCgroupTree : ICgroupFileSystem, IDisposable
{
    public static readonly IReadOnlyList<string> Version2Files =
    [
        "cgroup.procs", "cgroup.controllers", "cgroup.subtree_control", "cgroup.kill", "memory.max", "memory.swap.max",
        "memory.oom.group", "memory.events", "memory.current", "memory.peak", "cpu.max", "cpu.weight", "cpu.stat", "pids.max", "pids.events",
    ];

    public static readonly IReadOnlyList<string> Version1Files =
    [
        "cgroup.procs", "memory.limit_in_bytes", "memory.memsw.limit_in_bytes", "memory.failcnt", "memory.oom_control",
        "memory.usage_in_bytes", "memory.max_usage_in_bytes", "memory.memsw.failcnt", "cpu.cfs_period_us", "cpu.cfs_quota_us", "cpu.shares", "cpuacct.usage",
        "pids.max", "pids.events",
    ];

    private readonly IReadOnlyList<string> _controlFiles;
    private readonly string _controllers;

    public FakeCgroupTree(IReadOnlyList<string> controlFiles, string controllers = "cpuset cpu io memory hugetlb pids")
    {
        _controlFiles = controlFiles;
        _controllers = controllers;
        Root = Directory.CreateTempSubdirectory("scripthost-cgroup-tree-").FullName;
    }

    public string Root { get; }

    /// <summary>Makes a directory as the kernel shows an existing group (the root or the host's own group).</summary>
    public string AddExistingGroup(string relativePath)
    {
        var path = Path.Join(Root, relativePath);
        Directory.CreateDirectory(path);
        Populate(path);
        return path;
    }

    public bool DirectoryExists(string path) => CgroupFileSystem.Instance.DirectoryExists(path);

    public bool FileExists(string path) => CgroupFileSystem.Instance.FileExists(path);

    public void CreateDirectory(string path)
    {
        Directory.CreateDirectory(path);
        Populate(path);
    }

    public void RemoveDirectory(string path)
    {
        if (File.ReadAllText(Path.Join(path, "cgroup.procs")).Trim().Length > 0 || Directory.EnumerateDirectories(path).Any())
        {
            throw new IOException($"Device or resource busy: {path}");
        }

        Directory.Delete(path, recursive: true);
    }

    public IEnumerable<string> ChildDirectories(string path) => CgroupFileSystem.Instance.ChildDirectories(path);

    public string ReadText(string path) => CgroupFileSystem.Instance.ReadText(path);

    public void WriteText(string path, string value) => CgroupFileSystem.Instance.WriteText(path, value);

    public string Read(string directory, string file) => File.ReadAllText(Path.Join(directory, file));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    // As a fresh group reads: lists and keyed files empty (keyed counters read as 0), single numbers 0.
    private string InitialContent(string file) => file switch
    {
        "cgroup.controllers" => _controllers,
        "cgroup.procs" or "cgroup.subtree_control" or "cgroup.kill" or "memory.events" or "memory.oom_control" or "cpu.stat" or "pids.events" => string.Empty,
        _ => "0\n",
    };

    private void Populate(string path)
    {
        foreach (var file in _controlFiles)
        {
            File.WriteAllText(Path.Join(path, file), InitialContent(file));
        }
    }
}
