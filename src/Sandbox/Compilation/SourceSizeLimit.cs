using System.Text;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// The size bound on what one compile reads: the function and its shared code together, in UTF-8 bytes. The compiler
/// and the editor check the same rule before either parses anything.
/// </summary>
internal static class SourceSizeLimit
{
    public static bool IsExceeded(string source, IReadOnlyList<SharedCodeFile> sharedCode, int maxBytes) =>
        Encoding.UTF8.GetByteCount(source) + sharedCode.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Source)) > maxBytes;
}
