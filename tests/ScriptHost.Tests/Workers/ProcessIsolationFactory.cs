using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Workers;

/// <summary>A host pinned to worker processes (<c>Isolation = Process</c>), whatever the test run's own setting.</summary>
public sealed class ProcessIsolationFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:Isolation"] = "Process",
});
