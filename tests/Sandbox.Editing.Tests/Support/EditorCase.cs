using System.Text.Json;
using ScriptHost.Sandbox.Compilation.SharedCode;

namespace ScriptHost.Sandbox.Editing.Tests.Support;

/// <summary>
/// A case kept as data: <c>name.csx</c> with <c>$$</c> at the caret, and <c>name.expected.json</c> beside it:
/// <c>{"includes": [...], "excludes": [...], "documented": {"label": "text in its docs"}, "contains": [...],
/// "incomplete": "tooDeep", "sharedCode": {"lib/x.cs": "source"}}</c>; signature help cases add
/// <c>"labels"</c> (whole signatures, each as one of the answer's labels), <c>"activeParameter"</c>,
/// <c>"activeContains"</c> (text of the active signature), <c>"signatureCount"</c>, <c>"summary"</c>.
/// </summary>
public sealed record EditorCase(string Name, EditorRequest Request, EditorExpectation Expected)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> In(string folder) =>
        [.. Directory.GetFiles(Folder(folder), "*.csx").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    public static EditorCase Load(string folder, string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder(folder), name + ".csx")).ReplaceLineEndings("\n");
        var caret = text.IndexOf("$$", StringComparison.Ordinal);
        Assert.True(caret >= 0, $"{name}.csx has no $$ caret.");
        var source = text.Remove(caret, 2);
        var before = source[..caret];
        var line = before.Count(c => c == '\n') + 1;
        var column = caret - (before.LastIndexOf('\n') + 1) + 1;
        var expected = JsonSerializer.Deserialize<EditorExpectation>(File.ReadAllText(Path.Combine(Folder(folder), name + ".expected.json")), Json)!;
        var sharedCode = expected.SharedCode?.Select(kv => new SharedCodeFile(kv.Key, kv.Value)).ToList() ?? [];
        return new EditorCase(name, new EditorRequest(source, line, column, sharedCode), expected);
    }

    private static string Folder(string folder) => Path.Combine(AppContext.BaseDirectory, "Cases", folder);
}

public sealed record EditorExpectation(
    IReadOnlyList<string>? Includes,
    IReadOnlyList<string>? Excludes,
    IReadOnlyDictionary<string, string>? Documented,
    IReadOnlyList<string>? Contains,
    string? Incomplete,
    IReadOnlyDictionary<string, string>? SharedCode,
    int? ActiveParameter = null,
    string? ActiveContains = null,
    int? SignatureCount = null,
    string? Summary = null,
    IReadOnlyList<string>? Labels = null);
