using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Snippets;

/// <summary>Ordinary C# against the real globals and imports: what runs, and what is refused with what to use instead.</summary>
public sealed class SnippetLanguageTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task Run_AsyncIteratorsPromisesDelaysAndTypeNames_WorkWithTheRealGlobals()
    {
        using var service = await factory.CreateServiceAsync();
        const string source = """
            using System.Runtime.CompilerServices;
            using System.Threading;

            async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken token = default)
            {
                for (var i = 1; i <= count; i++)
                {
                    await Task.Delay(1, token);
                    yield return i;
                }
            }

            var ready = new TaskCompletionSource<string>();
            async Task Answer()
            {
                await Task.Yield();
                ready.SetResult("ready");
            }

            var answering = Answer();
            var sum = 0;
            await foreach (var tick in Ticks(3).WithCancellation(Cancellation))
            {
                sum += tick;
            }

            await Task.WhenAll(answering, Task.Delay(5, Cancellation));
            try
            {
                var error = new InvalidOperationException("stock is empty");
                error.Data["sku"] = "A-1";
                throw error;
            }
            catch (Exception error)
            {
                Log.Warn($"{error.GetType().Name} for {error.Data["sku"]}");
                return new { sum, state = await ready.Task, type = error.GetType().FullName, named = nameof(Ticks) };
            }
            """;

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source });

        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(run.GetProperty("status").GetInt32() == 200, run.ToString());
        var body = JsonDocument.Parse(run.GetProperty("body").GetString()!).RootElement;
        Assert.Equal(6, body.GetProperty("sum").GetInt32());
        Assert.Equal("ready", body.GetProperty("state").GetString());
        Assert.Equal("System.InvalidOperationException", body.GetProperty("type").GetString());
        Assert.Equal("Ticks", body.GetProperty("named").GetString());
        Assert.Equal("InvalidOperationException for A-1", Assert.Single(run.GetProperty("logs").EnumerateArray()).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("using System.Net.Http;\nreturn 1;", "SH0001", 1, 7, "'System.Net.Http' is not available to functions; use Http.")]
    [InlineData("var client = new System.Net.Http.HttpClient();\nreturn 1;", "SH0001", 1, 18, "'System.Net.Http.HttpClient' is not available to functions; use Http.")]
    [InlineData("Console.WriteLine(\"hi\");\nreturn 1;", "SH0001", 1, 1, "'System.Console.WriteLine' is not available to functions; use Log.Info, Log.Warn or Log.Error.")]
    [InlineData("Thread.Sleep(10);\nreturn 1;", "SH0001", 1, 1, "'System.Threading.Thread.Sleep' is not available to functions; use await Task.Delay(ms, Cancellation).")]
    [InlineData("return JsonSerializer.Serialize(1);", "SH0001", 1, 8, "'System.Text.Json.JsonSerializer.Serialize' is not available to functions; use Json.Serialize, Json.Deserialize<T> or Json.Parse.")]
    [InlineData("var work = Task.Delay(1);\nwork.Wait();\nreturn 1;", "SH0001", 2, 1, "'System.Threading.Tasks.Task.Wait()' is not allowed in functions; use await.")]
    [InlineData("dynamic body = Event;\nreturn body;", "SH0002", 1, 1, "dynamic is not allowed in functions; use JsonNode (Json.Parse) or a class of your own.")]
    public async Task Run_RefusedCode_Returns422NamingItsPlaceAndWhatToUseInstead(string source, string id, int line, int column, string message)
    {
        using var service = await factory.CreateServiceAsync();

        using var response = await service.Client.PostAsJsonAsync($"{service.Api}/run", new { source });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(id, error.GetProperty("id").GetString());
        Assert.Equal((line, column), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Equal(message, error.GetProperty("message").GetString());
    }
}
