using ScriptHost.Sandbox.Editing.Tests.Support;

namespace ScriptHost.Sandbox.Editing.Tests.Completion;

/// <summary>The completion cases in <c>Cases/Completion</c>: what is offered, what is not, and with which documentation.</summary>
public sealed class AllowedCompletionsTests
{
    public static TheoryData<string> Cases => EditorCase.In("Completion");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Complete_Case_OffersWhatThePolicyAllows(string name)
    {
        var @case = EditorCase.Load("Completion", name);

        var answer = await FunctionEditor.Editor.CompleteAsync(@case.Request);

        var labels = answer.Items.Select(i => i.FilterText).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(@case.Expected.Incomplete, answer.Incomplete is { } why ? JsonName(why) : null);
        foreach (var included in @case.Expected.Includes ?? [])
        {
            Assert.True(labels.Contains(included), $"{name}: '{included}' is not offered; offered: {string.Join(", ", labels.Order().Take(80))}");
        }

        foreach (var excluded in @case.Expected.Excludes ?? [])
        {
            Assert.False(labels.Contains(excluded), $"{name}: '{excluded}' is offered");
        }

        foreach (var (label, text) in @case.Expected.Documented ?? new Dictionary<string, string>())
        {
            var item = answer.Items.First(i => i.FilterText == label);
            Assert.Contains(text, item.Documentation ?? string.Empty, StringComparison.Ordinal);
            Assert.NotNull(item.Detail);
        }
    }

    [Fact]
    public async Task Complete_AfterDot_RangeIsTheWordBeingTypedInTheAuthorsLines()
    {
        var answer = await FunctionEditor.Editor.CompleteAsync(new EditorRequest("var a = 1;\nLog.In", 2, 7));

        Assert.Equal(new TextRange(2, 5, 2, 7), answer.Range);
        Assert.Contains(answer.Items, i => i.Label == "Info" && i.Kind == "method");
    }

    [Fact]
    public async Task Complete_WithSharedCode_RangeIsStillInTheAuthorsLines()
    {
        var answer = await FunctionEditor.Editor.CompleteAsync(new EditorRequest(
            "Log.", 1, 5, [new Compilation.SharedCode.SharedCodeFile("lib/a.cs", "public static class A { }")]));

        Assert.Equal(new TextRange(1, 5, 1, 5), answer.Range);
        Assert.Contains(answer.Items, i => i.Label == "Info");
    }

    [Fact]
    public async Task Complete_LargerThanTheCompileLimit_AnswersTooLargeWithoutItems()
    {
        var source = new string(' ', 300 * 1024) + "Log.";

        var answer = await FunctionEditor.Editor.CompleteAsync(new EditorRequest(source, 1, source.Length + 1));

        Assert.Equal(EditorIncomplete.TooLarge, answer.Incomplete);
        Assert.Empty(answer.Items);
    }

    [Fact]
    public async Task Complete_PositionOutsideTheText_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => FunctionEditor.Editor.CompleteAsync(new EditorRequest("Log.", 2, 1)));
    }

    [Fact]
    public async Task Complete_CancelledByTheCaller_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FunctionEditor.Editor.CompleteAsync(new EditorRequest("Log.", 1, 5), cancelled.Token));
    }

    private static string JsonName(EditorIncomplete why) => why switch
    {
        EditorIncomplete.TooLarge => "tooLarge",
        EditorIncomplete.TooDeep => "tooDeep",
        _ => "timedOut",
    };
}
