using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ScriptHost.Sandbox.Tests.Support;

/// <summary>A script case read from <c>Cases/{Folder}/{Name}.csx</c> and its <c>.expected.json</c>.</summary>
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

    /// <summary>Path below the Cases folder, without extension, e.g. <c>Escapes/file-read</c>.</summary>
    public string RelativePath { get; private set; }

    public static string CasesRoot => Path.Combine(AppContext.BaseDirectory, "Cases");

    public string Source => File.ReadAllText(Path.Combine(CasesRoot, RelativePath + ".csx"));

    public JsonObject Expected =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(CasesRoot, RelativePath + ".expected.json")))!.AsObject();

    public static IEnumerable<object[]> In(string folder) =>
        Directory.EnumerateFiles(Path.Combine(CasesRoot, folder), "*.csx")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { new ScriptCase(folder + "/" + Path.GetFileNameWithoutExtension(path)) });

    public void Deserialize(IXunitSerializationInfo info) => RelativePath = info.GetValue<string>(nameof(RelativePath));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(RelativePath), RelativePath);

    public override string ToString() => RelativePath;

    internal static string Describe(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
