using ScriptHost.FunctionApi.Tests.Output;
using ScriptHost.Functions;
using ScriptHost.Functions.Output;

namespace ScriptHost.FunctionApi.Tests;

public sealed class JsonTests
{
    [Fact]
    public void Serialize_GraphRepeatingOneLargeList_StopsAtTheOutputLimitWhileWriting()
    {
        // 100,000 references to one list of 10,000 numbers: about 5 GB of JSON, from well under 1 MB of objects.
        var numbers = Enumerable.Range(0, 10_000).ToList();
        var graph = Enumerable.Repeat(numbers, 100_000).ToList();
        var budget = new FakeOutputBudget(maxOutputBytes: 1024 * 1024);
        OutputBudget.Use(budget);
        try
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

            Assert.Throws<OutputRefusedException>(() => Json.Serialize(graph));

            // The writer stopped near the limit: nothing like the whole document was ever buffered.
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Assert.True(allocated < 16L * 1024 * 1024, $"serializing allocated {allocated:N0} bytes");
            Assert.True(budget.LargestOutputAsked < 2L * 1024 * 1024, $"writing got to {budget.LargestOutputAsked:N0} bytes");
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }

    [Fact]
    public void Serialize_WithinTheOutputLimit_WritesCamelCaseJson()
    {
        OutputBudget.Use(new FakeOutputBudget(maxOutputBytes: 1024));
        try
        {
            Assert.Equal("""{"name":"Ada","tags":["a","b"]}""", Json.Serialize(new { Name = "Ada", Tags = new[] { "a", "b" } }));
        }
        finally
        {
            OutputBudget.Use(null);
        }
    }
}
