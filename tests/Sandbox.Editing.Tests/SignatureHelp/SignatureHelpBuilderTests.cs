using ScriptHost.Sandbox.Editing.Tests.Support;

namespace ScriptHost.Sandbox.Editing.Tests.SignatureHelp;

/// <summary>The signature help cases in <c>Cases/Signature</c>: overloads offered, the active one, the active argument.</summary>
public sealed class SignatureHelpBuilderTests
{
    public static TheoryData<string> Cases => EditorCase.In("Signature");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SignatureHelp_Case_OffersAllowedOverloadsAndTheActiveArgument(string name)
    {
        var @case = EditorCase.Load("Signature", name);

        var answer = await FunctionEditor.Editor.SignatureHelpAsync(@case.Request);

        var labels = answer.Signatures.Select(s => s.Label).ToList();
        foreach (var text in @case.Expected.Contains ?? [])
        {
            Assert.True(labels.Any(l => l.Contains(text, StringComparison.Ordinal)), $"{name}: no signature holds '{text}'; signatures: {string.Join(" | ", labels)}");
        }

        foreach (var label in @case.Expected.Labels ?? [])
        {
            Assert.True(labels.Contains(label), $"{name}: no signature is '{label}'; signatures: {string.Join(" | ", labels)}");
        }

        if (@case.Expected.SignatureCount is { } count)
        {
            Assert.Equal(count, answer.Signatures.Count);
        }

        if (@case.Expected.ActiveParameter is { } parameter)
        {
            Assert.Equal(parameter, answer.ActiveParameter);
        }

        if (@case.Expected.ActiveContains is { } active)
        {
            Assert.Contains(active, answer.Signatures[answer.ActiveSignature].Label, StringComparison.Ordinal);
        }

        if (@case.Expected.Summary is { } summary)
        {
            Assert.Contains(summary, answer.Signatures[answer.ActiveSignature].Documentation ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignatureHelp_ParameterOffsets_PointAtEachParameterInTheLabel()
    {
        var answer = await FunctionEditor.Editor.SignatureHelpAsync(new EditorRequest("var s = \"abc\".Substring(1, ", 1, 28));

        var signature = answer.Signatures[answer.ActiveSignature];
        Assert.All(signature.Parameters, p => Assert.Equal(p.Label, signature.Label[p.Start..p.End]));
    }

    [Fact]
    public async Task SignatureHelp_OutsideAnyCall_IsEmpty()
    {
        var answer = await FunctionEditor.Editor.SignatureHelpAsync(new EditorRequest("var a = 1;", 1, 5));

        Assert.Empty(answer.Signatures);
    }
}
