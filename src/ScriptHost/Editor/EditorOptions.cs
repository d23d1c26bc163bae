using System.ComponentModel.DataAnnotations;

namespace ScriptHost.Editor;

/// <summary>The editor endpoints' bounds (<c>ScriptHost:Editor</c>). Diagnostics keep the compiler's own time limit.</summary>
internal sealed class EditorOptions
{
    public const string Section = "ScriptHost:Editor";

    /// <summary>Longest a completion, hover or signature answer may take; past it the answer is empty, marked <c>timedOut</c>.</summary>
    [Range(100, 60_000)]
    public int TimeoutMs { get; set; } = 2_000;

    /// <summary>Editor requests one service may have running at once; more are answered 429 with Retry-After.</summary>
    [Range(1, 64)]
    public int MaxConcurrentPerService { get; set; } = 2;

    /// <summary>Answer one of each editor request in the background after the compiler's warm-up, so the first author does not pay for it.</summary>
    public bool WarmUp { get; set; } = true;
}
