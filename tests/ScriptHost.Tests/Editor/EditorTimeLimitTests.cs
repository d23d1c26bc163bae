using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Editor;

/// <summary>
/// An editor question that takes longer than <c>Editor:TimeoutMs</c> is answered at the limit, empty and saying so,
/// like a compile past its limit. The limit here is the least allowed (100 ms); the question is the first this server's
/// editor gets (its workspace is built under the limit) about 12,000 script fields, just under the size limit.
/// </summary>
public sealed class EditorTimeLimitTests(EditorTimeLimitTests.HundredMillisecondEditor factory) : IClassFixture<EditorTimeLimitTests.HundredMillisecondEditor>
{
    [Fact]
    public async Task Completions_PastTheTimeLimit_AnswersTimedOutWithoutItems()
    {
        using var service = await factory.CreateServiceAsync("ed-slow");

        var fields = string.Concat(Enumerable.Range(0, 12_000).Select(i => $"var a{i} = {i};\n"));
        var source = fields + "Log.Info(a1.ToString());";

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/editor/completions", new { source, line = 12_001, column = 6 });

        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("timedOut", answer.GetProperty("incomplete").GetString());
        Assert.Empty(answer.GetProperty("items").EnumerateArray());
    }

    public sealed class HundredMillisecondEditor() : ScriptHostFactory(new Dictionary<string, string> { ["ScriptHost:Editor:TimeoutMs"] = "100" });
}
