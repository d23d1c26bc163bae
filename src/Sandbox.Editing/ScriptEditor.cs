using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing.Completion;
using ScriptHost.Sandbox.Editing.QuickInfo;
using ScriptHost.Sandbox.Editing.SignatureHelp;
using ScriptHost.Sandbox.Editing.Workspace;

namespace ScriptHost.Sandbox.Editing;

/// <summary>
/// Completion, quick info and signature help for function authors, built from the <see cref="ScriptCompiler"/>'s own setup (references,
/// imports, globals type, policy, bounds): completion offers only what the policy allows. Every request is bounded:
/// text the compiler would refuse as too large or too deep never reaches Roslyn's features, and an answer comes by the
/// time limit (empty, marked <see cref="EditorIncomplete.TimedOut"/>) even from work that has not stopped yet.
/// Diagnostics are the compiler's (<see cref="ScriptCompiler.DiagnoseAsync"/>).
/// </summary>
public sealed class ScriptEditor
{
    private readonly Lazy<Engine> _engine;
    private readonly TimeSpan _timeout;

    /// <summary>An editor for scripts <paramref name="compiler"/> compiles; each answer takes at most <paramref name="timeout"/>.</summary>
    public ScriptEditor(ScriptCompiler compiler, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _timeout = timeout;
        // Built on first use, like the compiler's template: the workspace's MEF composition takes seconds.
        _engine = new Lazy<Engine>(() => new Engine(compiler.EditorSetup));
    }

    /// <summary>The completion items at the request's caret that name something functions may use.</summary>
    public Task<CompletionAnswer> CompleteAsync(EditorRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, (engine, script, position, token) => engine.Completions.CompleteAsync(script, position, token), CompletionAnswer.Empty, cancellationToken);

    /// <summary>What is under the request's caret, as markdown.</summary>
    public Task<QuickInfoAnswer> QuickInfoAsync(EditorRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, (engine, script, position, token) => engine.Hover.DescribeAsync(script, position, token), QuickInfoAnswer.Empty, cancellationToken);

    /// <summary>The overloads of the call around the request's caret, and which argument it is in.</summary>
    public Task<SignatureHelpAnswer> SignatureHelpAsync(EditorRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, (engine, script, position, token) => engine.Signatures.BuildAsync(script, position, token), SignatureHelpAnswer.Empty, cancellationToken);

    /// <summary>Builds the workspace and answers one of each request, so the first author does not pay Roslyn's JIT.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        const string source = "Log.Info(Event.ToString());\nLog.";
        await CompleteAsync(new EditorRequest(source, 2, 5), cancellationToken).ConfigureAwait(false);
        await QuickInfoAsync(new EditorRequest(source, 1, 2), cancellationToken).ConfigureAwait(false);
        await SignatureHelpAsync(new EditorRequest(source, 1, 10), cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> RunAsync<T>(
        EditorRequest request,
        Func<Engine, ScriptDocument, int, CancellationToken, Task<T>> work,
        Func<EditorIncomplete?, T> empty,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Source);
        ArgumentNullException.ThrowIfNull(request.SharedCode);
        if (!ScriptPosition.TryGetOffset(request.Source, request.Line, request.Column, out var offset))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The line and column are outside the source.");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        try
        {
            var answer = Task.Run(
                async () =>
                {
                    var engine = _engine.Value;
                    if (EditorBounds.Check(engine.Setup, request.Source, request.SharedCode, limit.Token) is { } tooMuch)
                    {
                        return empty(tooMuch);
                    }

                    var script = await engine.Workspace.OpenAsync(request.Source, request.SharedCode, limit.Token).ConfigureAwait(false);
                    return await work(engine, script, script.ToDocument(offset), limit.Token).ConfigureAwait(false);
                },
                limit.Token);
            // The answer comes at the limit even from a feature that does not look at its token.
            return await answer.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return empty(EditorIncomplete.TimedOut);
        }
    }

    private sealed class Engine
    {
        public Engine(EditorSetup setup)
        {
            Setup = setup;
            Workspace = new ScriptWorkspace(setup);
            var allowed = new AllowedSymbols(setup);
            Completions = new AllowedCompletions(allowed);
            Hover = new HoverText(setup, allowed);
            Signatures = new SignatureHelpBuilder(allowed);
        }

        public SignatureHelpBuilder Signatures { get; }

        public EditorSetup Setup { get; }

        public ScriptWorkspace Workspace { get; }

        public AllowedCompletions Completions { get; }

        public HoverText Hover { get; }
    }
}
