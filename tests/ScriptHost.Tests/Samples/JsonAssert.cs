using System.Text.Json.Nodes;

namespace ScriptHost.Tests.Samples;

/// <summary>Compares JSON by value, so an expectation can be written plainly while the server escapes as it likes (' as \u0027).</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(expectedNode, actual), $"Expected {expectedNode?.ToJsonString()}\nbut got  {actual?.ToJsonString()}");
    }
}
