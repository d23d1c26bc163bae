using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Editor;

/// <summary>A server whose editor waits long enough for its first answer (the workspace's composition) on a busy machine.</summary>
public sealed class EditorFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:CompileTimeoutMs"] = "60000",
    ["ScriptHost:Editor:TimeoutMs"] = "60000",
});
