namespace ScriptHost.Sandbox.Compilation;

/// <summary>The diagnostic ids the sandbox itself reports (Roslyn's own keep their CS ids).</summary>
public static class SandboxDiagnosticIds
{
    /// <summary>A script names an API that is not on the allowlist.</summary>
    public const string ForbiddenApi = "SH0001";

    /// <summary>A script uses a language feature the sandbox refuses outright (unsafe, dynamic, ...).</summary>
    public const string ForbiddenFeature = "SH0002";

    /// <summary><c>#r</c> or <c>#load</c>: scripts cannot reach the file system or other assemblies.</summary>
    public const string ForbiddenDirective = "SH0003";

    /// <summary>The emitted IL references something the allowlist does not cover.</summary>
    public const string ForbiddenIl = "SH0004";

    /// <summary>Shared code holds something that would run or hold state in every function: a top-level statement or field.</summary>
    public const string SharedCodeStatement = "SH0005";

    /// <summary>The shared code files given are not a valid set: a path outside <c>lib/</c>, a path twice, too many files.</summary>
    public const string InvalidSharedCode = "SH0006";

    /// <summary>The source (the function's and its shared code's together) is larger than the configured limit.</summary>
    public const string SourceTooLarge = "SH0100";

    /// <summary>The syntax nests deeper than the configured limit.</summary>
    public const string NestingTooDeep = "SH0101";

    /// <summary>Compiling took longer than the configured limit.</summary>
    public const string CompileTimeout = "SH0102";

    /// <summary>The compiler itself ran out of resources on this input.</summary>
    public const string CompilerExhausted = "SH0103";

    /// <summary>A constant (string) would fold into something larger than the compiler should build.</summary>
    public const string ConstantTooLarge = "SH0104";

    /// <summary>A variable's inferred type is larger than the compiler should build (generic inference doubling it).</summary>
    public const string TypeTooLarge = "SH0105";

    /// <summary>Compiling grew the process's memory past the configured limit.</summary>
    public const string CompileMemoryExceeded = "SH0106";

    /// <summary>
    /// Not compiled: an earlier compile of the same service passed its limit and still runs (the host holds the
    /// service's next compiles back until it stops, so one tenant cannot pin every core).
    /// </summary>
    public const string CompileHeldBack = "SH0107";
}
