using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptHost.Sandbox.CaseRunner;
using ScriptHost.Sandbox.Compilation.SharedCode;
using Xunit.Abstractions;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>
/// A script case read from <c>Cases/{Folder}/{Name}.csx</c> and its <c>.expected.json</c>, or from a case folder
/// <c>Cases/{Folder}/{Name}/</c> holding <c>function.csx</c>, <c>expected.json</c> and shared code under <c>lib/</c>.
/// </summary>
public sealed class ScriptCase : IXunitSerializable
{
    public ScriptCase()
    {
        RelativePath = string.Empty;
    }

    public ScriptCase(string relativePath)
    {
        RelativePath = relativePath;
    }

    /// <summary>Path below the Cases folder, without extension, e.g. <c>Escapes/file-read</c> or <c>SharedCode/loop-in-lib</c>.</summary>
    public string RelativePath { get; private set; }

    public static string CasesRoot => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>The case's file (a <c>.csx</c>) or folder, as the case runner takes it.</summary>
    public string FullPath => IsFolder ? Folder : Folder + ".csx";

    public string Source => CaseFiles.Read(FullPath).Source;

    /// <summary>The function's file name: null for a lone <c>.csx</c>, compiled as before shared code existed.</summary>
    public string? FileName => CaseFiles.Read(FullPath).FileName;

    public IReadOnlyList<SharedCodeFile> SharedCode => CaseFiles.Read(FullPath).SharedCode;

    public JsonObject Expected =>
        JsonNode.Parse(File.ReadAllText(IsFolder ? Path.Combine(Folder, "expected.json") : Folder + ".expected.json"))!.AsObject();

    private string Folder => Path.Combine(CasesRoot, RelativePath);

    private bool IsFolder => Directory.Exists(Folder);

    public static IEnumerable<object[]> In(string folder) =>
        Directory.EnumerateFiles(Path.Combine(CasesRoot, folder), "*.csx")
            .Select(Path.GetFileNameWithoutExtension)
            .Concat(Directory.EnumerateDirectories(Path.Combine(CasesRoot, folder)).Select(Path.GetFileName))
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { new ScriptCase(folder + "/" + name) });

    public void Deserialize(IXunitSerializationInfo info) => RelativePath = info.GetValue<string>(nameof(RelativePath));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(RelativePath), RelativePath);

    public override string ToString() => RelativePath;

    internal static string Describe(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
