using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ScriptHost.Sandbox.Compilation.SharedCode;
using ScriptHost.Sandbox.Guards;
using ScriptHost.Sandbox.Guards.SizedCalls;
using ScriptHost.Sandbox.Loading;
using ScriptHost.Sandbox.Policy;

namespace ScriptHost.Sandbox.Compilation;

/// <summary>
/// Turns script source into a <see cref="CompiledScript"/>: parse, bound the syntax, bind, police every symbol,
/// emit, inject guards, police the final IL. Nothing of the script runs here.
/// </summary>
/// <remarks>
/// A function may be compiled with its build's shared code (<c>lib/*.cs</c>). Each shared code file becomes a syntax
/// tree of its own, named by its path, loaded by <c>#load</c> lines the compiler writes ahead of the function's text
/// and resolved from memory by <see cref="SharedCodeResolver"/>: Roslyn then reports every diagnostic and writes
/// every PDB line against the file it is in, each file keeps its own <c>using</c>s, and the whole is one assembly,
/// guarded and policed as one. Two alternatives were measured and dropped: a script compilation holding several
/// script trees is accepted by <c>AddSyntaxTrees</c> but crashes binding (only one tree may be the submission:
/// <c>IsSubmissionSyntaxTree</c> throws "Sequence contains more than one element"), and a regular (non-script) tree
/// is refused ("Submission can only include script code"); concatenating the files under <c>#line</c> directives
/// would pour every file's <c>using</c>s into the function (<c>using Twilio.TwiML.Voice</c> shadows <c>Task</c>).
/// </remarks>
public sealed class ScriptCompiler
{
    // A compile runs on its own thread with a roomy stack: Roslyn recurses over syntax, and a hostile script must come
    // back as a diagnostic, never as a StackOverflow that takes the host down.
    private const int CompilerThreadStackBytes = 16 * 1024 * 1024;

    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private readonly SandboxOptions _options;
    // Built on first compile, not in the constructor: resolving the allowlist and creating the template compilation
    // JIT much of Roslyn (~1 s on this machine), and a restarting host must answer before it ever compiles.
    private readonly Lazy<ApiPolicy> _policy;
    private readonly Lazy<GuardInjector> _guardInjector;
    private readonly Lazy<CSharpCompilation> _template;
    private readonly string _buildFingerprint;
    private long _compileCount;
    private long _scriptCompiles;
    private int _compilesRunning;

    /// <summary>Creates a compiler for the given globals type, API and library assemblies and bounds.</summary>
    public ScriptCompiler(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var apiAssemblies = options.ApiAssemblies.Append(options.GlobalsType.Assembly).Distinct().ToArray();
        var libraryAssemblies = options.LibraryAssemblies.Distinct().ToArray();
        var allowlist = options.AllowlistForTests ?? Allowlist.Embedded;
        foreach (var library in libraryAssemblies)
        {
            // Checked here, at start-up, though the policy is built on first compile: parsing the allowlist is cheap.
            _ = ApiPolicy.SectionFor(allowlist, library);
        }

        // Resolved on first compile, like the policy: matching wrappers to the members they replace reflects over them.
        var sizedCalls = new Lazy<SizedCallTable>(() => SizedCallTable.With(options.CallWrappers));
        _policy = new Lazy<ApiPolicy>(() => ApiPolicy.Create(
            apiAssemblies, libraryAssemblies, allowlist, options.RefusalHintsForTests ?? RefusalHints.Embedded, sizedCalls.Value));
        _guardInjector = new Lazy<GuardInjector>(() => new GuardInjector(sizedCalls.Value));

        var compilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: options.Imports,
            scriptClassName: ScriptLoader.ScriptClassName,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            concurrentBuild: false,
            deterministic: true,
            // Annotations only: authors may write string? without warnings; no flow analysis nags them.
            nullableContextOptions: NullableContextOptions.Annotations,
            // A library built against older reference assemblies than the framework here (Twilio's
            // System.Collections.Specialized 8.0) makes every use of such a type warn that the versions differ,
            // which is how the runtime unifies them anyway.
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

        // One template compilation reused for every script: measured ~40 % cheaper than creating one each time.
        _template = new Lazy<CSharpCompilation>(() => CSharpCompilation.CreateScriptCompilation(
            "ScriptTemplate",
            syntaxTree: null,
            references: CompilerReferences.For(apiAssemblies.Concat(libraryAssemblies)),
            options: compilationOptions,
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: options.GlobalsType));

        _buildFingerprint = string.Join(
            "|",
            "policy:" + allowlist.Version,
            "compiler:" + typeof(CSharpCompilation).Assembly.GetName().Version,
            "guards:" + (_options.WithoutGuardsForTests ? "off" : GuardInjector.Version + CallWrappersVersion(options.CallWrappers)),
            "api:" + (options.ApiVersion ?? string.Join(",", apiAssemblies.Concat(libraryAssemblies).Select(a => a.ManifestModule.ModuleVersionId))));
    }

    /// <summary>The policy scripts are checked against.</summary>
    public ApiPolicy Policy => _policy.Value;

    /// <summary>Scripts compiled by this compiler so far (warm-up excluded): lets operators see that a restart recompiled nothing.</summary>
    public long ScriptsCompiled => Interlocked.Read(ref _scriptCompiles);

    /// <summary>
    /// Compile threads still working, answered or not. A compile abandoned at its time or memory limit stops at the
    /// compiler's next cancellation check; this falls back to zero when it has.
    /// </summary>
    public int CompilesRunning => Volatile.Read(ref _compilesRunning);

    /// <summary>Compiles a trivial script so Roslyn's JIT cost is paid before the first real compile (not counted).</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken = default) => CompileBoundedAsync("return 1;", [], diagnoseOnly: false, cancellationToken);

    /// <summary>
    /// What the editor is built from: the compiler's own parse options, template options and references, globals type,
    /// policy and bounds, so completion and diagnostics see exactly what a deploy compiles against.
    /// </summary>
    internal EditorSetup EditorSetup => new(
        ParseOptions,
        _template.Value.Options,
        [.. _template.Value.References],
        _options.GlobalsType,
        _policy.Value,
        _options.RefusalHintsForTests ?? RefusalHints.Embedded,
        _options);

    /// <summary>The key a build of <paramref name="source"/> would have with this compiler.</summary>
    public string KeyFor(string source) => KeyFor(source, []);

    /// <summary>
    /// The key a build of <paramref name="source"/> with <paramref name="sharedCode"/> would have with this compiler:
    /// editing any shared code file, or adding, removing, renaming or reordering one, changes it.
    /// </summary>
    public string KeyFor(string source, IReadOnlyList<SharedCodeFile> sharedCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sharedCode);
        return ScriptKey.Compute(source, _buildFingerprint, sharedCode);
    }

    /// <summary>Compiles <paramref name="source"/>, bounded in size, nesting and time.</summary>
    public Task<CompileResult> CompileAsync(string source, CancellationToken cancellationToken = default) =>
        CompileAsync(source, fileName: null, sharedCode: [], cancellationToken);

    /// <summary>
    /// Compiles the function <paramref name="source"/> with its build's <paramref name="sharedCode"/> (in that order;
    /// empty for none), bounded in size (all files together), nesting and time. Every diagnostic names the file it is
    /// in: a shared code file by its path, the function by <paramref name="fileName"/> (null or empty: no name, and a
    /// function without shared code is reported exactly as before shared code existed). The name is not part of the
    /// build: the image and its key are the same whatever the function is called.
    /// </summary>
    public async Task<CompileResult> CompileAsync(
        string source, string? fileName, IReadOnlyList<SharedCodeFile> sharedCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sharedCode);
        Interlocked.Increment(ref _scriptCompiles);
        var result = await CompileBoundedAsync(source, sharedCode, diagnoseOnly: false, cancellationToken).ConfigureAwait(false);
        return result.InFunctionFile(fileName);
    }

    /// <summary>
    /// What a deploy of <paramref name="source"/> with <paramref name="sharedCode"/> would report, without building it:
    /// the same bounds (size, nesting, time, memory, the same thread), the same syntax checks in the same order, the
    /// compiler's diagnostics and the policy's, but no emit, no guards and no IL check (findings only the IL check
    /// makes still come at deploy). The result never holds a script; <see cref="CompileResult.Diagnostics"/> holds
    /// the errors and warnings. Not counted in <see cref="ScriptsCompiled"/>.
    /// </summary>
    public async Task<CompileResult> DiagnoseAsync(
        string source, string? fileName, IReadOnlyList<SharedCodeFile> sharedCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sharedCode);
        var result = await CompileBoundedAsync(source, sharedCode, diagnoseOnly: true, cancellationToken).ConfigureAwait(false);
        return result.InFunctionFile(fileName);
    }

    private async Task<CompileResult> CompileBoundedAsync(
        string source, IReadOnlyList<SharedCodeFile> sharedCode, bool diagnoseOnly, CancellationToken cancellationToken)
    {
        var invalidSharedCode = InvalidSharedCode.Find(sharedCode);
        if (invalidSharedCode.Count > 0)
        {
            return CompileResult.Failure(invalidSharedCode);
        }

        if (SourceSizeLimit.IsExceeded(source, sharedCode, _options.MaxSourceBytes))
        {
            return CompileResult.Failure(ScriptDiagnostic.AtStart(
                SandboxDiagnosticIds.SourceTooLarge,
                sharedCode.Count == 0
                    ? $"The script is larger than the {_options.MaxSourceBytes / 1024} KB limit."
                    : $"The function and its shared code are larger than the {_options.MaxSourceBytes / 1024} KB limit together."));
        }

        // Fires at the time limit, when the caller gives up, or when the compile grows the heap past its budget. Every
        // phase takes it (Roslyn's parse, binding and emit, the policy walk, guard injection, the IL check). Disposed
        // once the caller has its answer: a cancelled token still reads as cancelled to a thread checking it after.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.CompileTimeout);
        var memory = new CompileMemoryWatch(limit, _options.CompileMemoryBytes);
        var completion = new TaskCompletionSource<CompileResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.TrySetResult(CompileCore(source, sharedCode, diagnoseOnly, limit.Token));
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    completion.TrySetResult(memory.Exceeded ? MemoryExceeded() : TimedOut());
                }
                catch (Exception exception) when (exception is InsufficientExecutionStackException or OutOfMemoryException)
                {
                    completion.TrySetResult(CompileResult.Failure(ScriptDiagnostic.AtStart(
                        SandboxDiagnosticIds.CompilerExhausted,
                        "The script is too complex to compile.")));
                }
                catch (Exception exception)
                {
                    completion.TrySetException(exception);
                }
                finally
                {
                    memory.Dispose();
                    Interlocked.Decrement(ref _compilesRunning);
                    stopped.TrySetResult();
                }
            },
            CompilerThreadStackBytes)
        {
            IsBackground = true,
            Name = "ScriptHost compiler",
        };
        Interlocked.Increment(ref _compilesRunning);
        thread.Start();

        try
        {
            // The answer comes at the limit even from a phase that does not look at the token; the thread stops at its
            // next check.
            return await completion.Task.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (memory.Exceeded ? MemoryExceeded() : TimedOut()).StillRunningUntil(stopped.Task);
        }
    }

    private CompileResult MemoryExceeded() => CompileResult.Failure(ScriptDiagnostic.AtStart(
        SandboxDiagnosticIds.CompileMemoryExceeded,
        $"Compiling needed more than {_options.CompileMemoryBytes / (1024 * 1024)} MB; simplify the script."));

    private CompileResult TimedOut() => CompileResult.Failure(ScriptDiagnostic.AtStart(
        SandboxDiagnosticIds.CompileTimeout,
        $"Compiling took longer than {_options.CompileTimeout.TotalSeconds:0.#} s; simplify the script."));

    private CompileResult CompileCore(string source, IReadOnlyList<SharedCodeFile> sharedCode, bool diagnoseOnly, CancellationToken cancellationToken)
    {
        if (BracketDepthLimit.Check(source, file: null, ParseOptions, _options.MaxSyntaxDepth) is { } bracketsTooDeep)
        {
            return CompileResult.Failure(bracketsTooDeep);
        }

        // Every shared code file too, before Roslyn parses it for the #load below.
        foreach (var file in sharedCode)
        {
            if (BracketDepthLimit.Check(file.Source, file.Path, ParseOptions, _options.MaxSyntaxDepth) is { } libBracketsTooDeep)
            {
                return CompileResult.Failure(libBracketsTooDeep);
            }
        }

        var loads = SharedCodeLoads.Prefix(sharedCode);
        var tree = CSharpSyntaxTree.ParseText(loads + source, ParseOptions, path: string.Empty, encoding: Encoding.UTF8, cancellationToken);

        // The author's #load or #r is refused before anything could resolve it; the host's own loads are not the author's.
        var directiveErrors = ReferenceDirectives.Find(tree, authorTextStart: loads.Length, cancellationToken);
        if (directiveErrors.Count > 0)
        {
            return CompileResult.Failure(directiveErrors);
        }

        var assemblyName = "Script" + Interlocked.Increment(ref _compileCount).ToString(CultureInfo.InvariantCulture);
        var compilation = _template.Value.WithAssemblyName(assemblyName);
        if (sharedCode.Count > 0)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSourceReferenceResolver(new SharedCodeResolver(sharedCode)));
        }

        compilation = compilation.AddSyntaxTrees(tree);

        // The function's tree, then the shared code files as Roslyn loaded them. Every check below runs on every tree the
        // compilation holds, so nothing it loaded escapes one, and reports the function's findings first.
        IReadOnlyList<SyntaxTree> trees = [tree, .. compilation.SyntaxTrees.Where(t => t != tree)];
        if (CheckSyntax(trees, cancellationToken) is { Count: > 0 } syntaxErrors)
        {
            return CompileResult.Failure(syntaxErrors);
        }

        // Bound declaration by declaration before emit, so an exploding inferred type stops at its first statement. The
        // same models serve the policy check below, so this binds nothing twice.
        var models = trees.Select(t => compilation.GetSemanticModel(t)).ToList();
        foreach (var model in models)
        {
            if (InferredTypeSizeLimit.Check(model, model.SyntaxTree.GetRoot(cancellationToken), cancellationToken) is { } typeTooLarge)
            {
                return CompileResult.Failure(typeTooLarge);
            }
        }

        if (diagnoseOnly)
        {
            // No image is wanted: one bind for the compiler's diagnostics, then the policy on the same models.
            var diagnosed = DescribeInSourceOrder(compilation.GetDiagnostics(cancellationToken), compilation);
            return diagnosed.Any(d => d.Severity == ScriptDiagnosticSeverity.Error)
                ? CompileResult.Failure(diagnosed)
                : CompileResult.Diagnosed([.. models.SelectMany(model => _policy.Value.CheckSemantics(model, cancellationToken)), .. diagnosed]);
        }

        // Emit first and take the compile errors from it: asking GetDiagnostics before would bind every method body a
        // second time (measured ~5 ms of a ~30 ms compile). Emitting runs nothing; an image the policy refuses below is
        // simply dropped.
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, options: EmitOptions, cancellationToken: cancellationToken);
        var compileDiagnostics = DescribeInSourceOrder(emitted.Diagnostics, compilation);
        if (!emitted.Success || compileDiagnostics.Any(d => d.Severity == ScriptDiagnosticSeverity.Error))
        {
            return CompileResult.Failure(compileDiagnostics);
        }

        var policyErrors = models.SelectMany(model => _policy.Value.CheckSemantics(model, cancellationToken)).ToList();
        if (policyErrors.Count > 0)
        {
            return CompileResult.Failure(policyErrors);
        }

        // Shared code is in the same image as the function, so its loops, calls and allocations are guarded alike.
        var guarded = _options.WithoutGuardsForTests ? image.ToArray() : _guardInjector.Value.Inject(image.ToArray(), cancellationToken);
        var ilErrors = _policy.Value.CheckIl(guarded, trees, cancellationToken);
        if (ilErrors.Count > 0)
        {
            return CompileResult.Failure(ilErrors);
        }

        return CompileResult.Success(new CompiledScript(KeyFor(source, sharedCode), guarded), compileDiagnostics);
    }

    /// <summary>
    /// The compiler's diagnostics as the author sees them, in source order, the function's first: which binding ran
    /// first (the declaration walk, or emit) must not decide the order.
    /// </summary>
    private IReadOnlyList<ScriptDiagnostic> DescribeInSourceOrder(IEnumerable<Diagnostic> diagnostics, CSharpCompilation compilation) =>
        _policy.Value.DescribeCompileDiagnostics(
            [.. diagnostics
                .OrderBy(d => ScriptDiagnostic.FileOf(d.Location.SourceTree), StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)],
            compilation.Options.Usings);

    /// <summary>
    /// The checks that need no binding, over every tree (the function's first): the author's directives in shared code
    /// (the function's were checked before its shared code was loaded), syntax errors, nesting, constant strings,
    /// refused language features, and what shared code may hold at its top level. The first check that finds anything
    /// answers.
    /// </summary>
    private IReadOnlyList<ScriptDiagnostic> CheckSyntax(IReadOnlyList<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var sharedCode = trees.Skip(1).ToList();
        var directiveErrors = sharedCode.SelectMany(t => ReferenceDirectives.Find(t, authorTextStart: 0, cancellationToken)).ToList();
        if (directiveErrors.Count > 0)
        {
            return directiveErrors;
        }

        var syntaxErrors = ToScriptDiagnostics(trees.SelectMany(t => t.GetDiagnostics(cancellationToken)));
        if (syntaxErrors.Any(d => d.Severity == ScriptDiagnosticSeverity.Error))
        {
            return syntaxErrors;
        }

        var roots = trees.Select(t => t.GetRoot(cancellationToken)).ToList();
        var tooComplex = roots.Select(root => SyntaxDepthLimit.Check(root, _options.MaxSyntaxDepth) ?? LambdaNestingLimit.Check(root)).FirstOrDefault(d => d is not null)
            ?? ConstantStringLimit.Check(roots);
        if (tooComplex is not null)
        {
            return [tooComplex];
        }

        var forbiddenFeatures = roots.SelectMany(ApiPolicy.CheckSyntax).ToList();
        if (forbiddenFeatures.Count > 0)
        {
            return forbiddenFeatures;
        }

        return [.. sharedCode.SelectMany(t => SharedCodeDeclarations.Check(t, cancellationToken))];
    }

    /// <summary>
    /// What the host's call wrappers replace, wrapper by wrapper (empty without any, so builds made before wrappers
    /// existed keep their keys): a wrapper added, removed or retargeted changes the injected code of the scripts that
    /// call its member. A wrapper's body is not in it: scripts call the wrapper, whatever it does.
    /// </summary>
    private static string CallWrappersVersion(IReadOnlyList<Type> callWrappers)
    {
        if (callWrappers.Count == 0)
        {
            return string.Empty;
        }

        var entries =
            from wrapper in callWrappers.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            let replaces = wrapper.GetCustomAttribute<ReplacesAttribute>()
            where replaces is not null
            let parameters = string.Join(",", wrapper.GetParameters().Select(p => p.ParameterType.FullName))
            select $"{wrapper.DeclaringType!.AssemblyQualifiedName}.{wrapper.Name}({parameters})→{replaces.DeclaringType.FullName}.{replaces.Name}";
        return "+" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", entries.Order(StringComparer.Ordinal)))))[..16];
    }

    internal static IReadOnlyList<ScriptDiagnostic> ToScriptDiagnostics(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(ToScriptDiagnostic),
    ];

    internal static ScriptDiagnostic ToScriptDiagnostic(Diagnostic diagnostic) => ScriptDiagnostic.At(
        diagnostic.Id,
        diagnostic.Severity == DiagnosticSeverity.Error ? ScriptDiagnosticSeverity.Error : ScriptDiagnosticSeverity.Warning,
        diagnostic.GetMessage(CultureInfo.InvariantCulture),
        diagnostic.Location);
}
