using System.Net.Http.Json;
using System.Text.Json;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Deployments;

/// <summary>
/// The simple path's builds (a one-function PUT on top of production's live build) keep what their compile reported,
/// as a bundle's build does: the warnings of the function it compiled, in that function's file.
/// </summary>
public sealed class ProductionChangesTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    [Fact]
    public async Task PutFunction_WithAWarning_ItsBuildKeepsTheWarningInTheFunctionsFile()
    {
        using var service = await factory.CreateServiceAsync();
        await service.DeployAsync("/clean", "return 1;");

        var deployed = await service.DeployAsync("/warned", "static int F() { int unused = 1; return 2; }\nreturn F();");

        var build = await service.Client.GetFromJsonAsync<JsonElement>($"{service.Api}/builds/{deployed.GetProperty("buildId").GetInt32()}");
        Assert.Equal("completed", build.GetProperty("status").GetString());
        var warning = Assert.Single(build.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("/warned", "CS0219", "warning"), (warning.GetProperty("file").GetString(), warning.GetProperty("id").GetString(), warning.GetProperty("severity").GetString()));
        Assert.Equal((1, 22), (warning.GetProperty("line").GetInt32(), warning.GetProperty("column").GetInt32()));
        Assert.All(build.GetProperty("functions").EnumerateArray(), function => Assert.True(function.GetProperty("compiled").GetBoolean()));
        Assert.Equal(["/clean", "/warned"], build.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
    }
}
