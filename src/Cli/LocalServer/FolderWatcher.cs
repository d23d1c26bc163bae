using System.Threading.Channels;
using ScriptHost.Cli.Project;

namespace ScriptHost.Cli.LocalServer;

/// <summary>
/// Watches a folder for changes that matter to a build — under <c>functions/</c>, <c>assets/</c>, <c>lib/</c>, or a
/// <c>.env</c> file at its root — and reports them debounced: a save that touches several files (or an editor that
/// writes, renames and deletes) is one change once nothing has moved for <see cref="Quiet"/>. Local state
/// (<c>.scripthost/</c>), dot-folders and editor temp files (<c>x~</c>, <c>.x.swp</c>, <c>.#x</c>, <c>4913</c>) are ignored.
/// </summary>
internal sealed class FolderWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private static readonly string[] s_watchedFolders = [ProjectLayout.FunctionsFolder, ProjectLayout.AssetsFolder, ProjectLayout.LibFolder];

    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public FolderWatcher(string root)
    {
        _root = root;
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for the next change and returns the files it touched (relative, forward slashes) once the folder is quiet.</summary>
    public async Task<IReadOnlyList<string>> NextChangeAsync(CancellationToken cancellationToken)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                files.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. files];
            }
        }
    }

    /// <summary>Whether a change to <paramref name="relativePath"/> (forward slashes) can change what the folder deploys.</summary>
    public static bool Matters(string relativePath)
    {
        var segments = relativePath.Split('/');
        var name = segments[^1];
        if (name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
            || (name.StartsWith('#') && name.EndsWith('#')))
        {
            return false;
        }

        if (segments.Length == 1)
        {
            return name == ProjectLayout.EnvFile || name.StartsWith(ProjectLayout.EnvFile + ".", StringComparison.Ordinal);
        }

        return s_watchedFolders.Contains(segments[0]) && !segments.Skip(1).Any(segment => segment.StartsWith('.'));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _changes.Writer.TryComplete();
    }

    private void Seen(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (Matters(relative))
        {
            _changes.Writer.TryWrite(relative);
        }
    }
}
