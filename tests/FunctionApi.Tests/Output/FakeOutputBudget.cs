using ScriptHost.Functions.Output;

namespace ScriptHost.FunctionApi.Tests.Output;

/// <summary>An output budget of fixed size that records how far writing got before it refused.</summary>
internal sealed class FakeOutputBudget(long maxOutputBytes, long maxMemoryBytes = long.MaxValue) : IOutputBudget
{
    public long LargestOutputAsked { get; private set; }

    public void EnsureOutputFits(long bytes)
    {
        LargestOutputAsked = Math.Max(LargestOutputAsked, bytes);
        if (bytes > maxOutputBytes)
        {
            throw new OutputRefusedException();
        }
    }

    public void EnsureMemoryFits(long bytes)
    {
        if (bytes > maxMemoryBytes)
        {
            throw new OutputRefusedException();
        }
    }
}

/// <summary>What <see cref="FakeOutputBudget"/> throws in place of the host's limit exception.</summary>
internal sealed class OutputRefusedException : Exception
{
}
