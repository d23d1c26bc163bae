namespace TestLibrary.Messages.Internal;

/// <summary>A sub-namespace of an allowed one that the test allowlist takes out as a whole.</summary>
public static class Diagnostics
{
    /// <summary>What the library knows about the process.</summary>
    public static string Dump() => $"{Environment.ProcessId} {SharedClient.Account}";
}
