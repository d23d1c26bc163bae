using ScriptHost.Sandbox.Editing.Tests.Support;

namespace ScriptHost.Sandbox.Editing.Tests.QuickInfo;

/// <summary>The hover cases in <c>Cases/Hover</c>: the markdown holds each expected text.</summary>
public sealed class HoverTextTests
{
    public static TheoryData<string> Cases => EditorCase.In("Hover");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task QuickInfo_Case_ShowsSignatureDocsAndRefusals(string name)
    {
        var @case = EditorCase.Load("Hover", name);

        var answer = await FunctionEditor.Editor.QuickInfoAsync(@case.Request);

        foreach (var text in @case.Expected.Contains ?? [])
        {
            Assert.Contains(text, answer.Markdown ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QuickInfo_OnAnAllowedMember_SaysNothingOfRefusal()
    {
        var answer = await FunctionEditor.Editor.QuickInfoAsync(new EditorRequest("Log.Info(\"x\");", 1, 6));

        Assert.StartsWith("```csharp", answer.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot use", answer.Markdown, StringComparison.Ordinal);
        Assert.Equal(new TextRange(1, 5, 1, 9), answer.Range);
    }
}
