namespace ScriptHost.Sandbox.Compilation;

/// <summary>The outcome of compiling a script: a <see cref="CompiledScript"/> or the errors that prevented it.</summary>
public sealed class CompileResult
{
    private CompileResult(CompiledScript? script, IReadOnlyList<ScriptDiagnostic> diagnostics, Task? stopped = null)
    {
        Script = script;
        Diagnostics = diagnostics;
        Stopped = stopped ?? Task.CompletedTask;
    }

    /// <summary>
    /// Completes when the compile's thread has stopped. Still pending when the answer came at the limit from a
    /// compiler phase that does not look at its token: that thread keeps a core until the phase returns, so callers
    /// can refuse to start another compile for the same tenant meanwhile.
    /// </summary>
    public Task Stopped { get; }

    /// <summary>The compiled script, when compiling succeeded.</summary>
    public CompiledScript? Script { get; }

    /// <summary>Every diagnostic: errors on failure, warnings either way.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>True when <see cref="Script"/> is available.</summary>
    public bool Succeeded => Script is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<ScriptDiagnostic> Errors => Diagnostics.Where(d => d.Severity == ScriptDiagnosticSeverity.Error);

    internal static CompileResult Success(CompiledScript script, IReadOnlyList<ScriptDiagnostic> warnings) => new(script, warnings);

    internal static CompileResult Failure(IReadOnlyList<ScriptDiagnostic> diagnostics) => new(null, diagnostics);

    /// <summary>What a diagnose-only compile found when the compiler reported no error (the policy's errors and the warnings).</summary>
    internal static CompileResult Diagnosed(IReadOnlyList<ScriptDiagnostic> diagnostics) => new(null, diagnostics);

    internal static CompileResult Failure(ScriptDiagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>
    /// This result with <paramref name="fileName"/> as the file of the diagnostics in the function's own source (the
    /// ones no shared code file holds); unchanged when there is no name. Applied per caller, after a compile that callers
    /// may share: the build does not depend on the name.
    /// </summary>
    internal CompileResult InFunctionFile(string? fileName) =>
        string.IsNullOrEmpty(fileName)
            ? this
            : new(Script, [.. Diagnostics.Select(d => d.File is null ? d with { File = fileName } : d)], Stopped);

    /// <summary>This failure, answered while the compile's thread is still running until <paramref name="stopped"/>.</summary>
    internal CompileResult StillRunningUntil(Task stopped) => new(Script, Diagnostics, stopped);
}
