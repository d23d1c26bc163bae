namespace ScriptHost.Functions.Output;

/// <summary>
/// What the running invocation may still write and allocate, as the function API sees it (the host implements it on
/// the invocation's budget). Whatever the API renders for a script — JSON, TwiML, the host's rendering of a result —
/// asks it while writing, so an oversized or exponentially repeated output stops at the limit instead of being built
/// whole and measured afterwards.
/// </summary>
internal interface IOutputBudget
{
    /// <summary>Throws the invocation's limit exception unless <paramref name="bytes"/> of output fit in what is left (or once any limit has tripped).</summary>
    void EnsureOutputFits(long bytes);

    /// <summary>Throws the invocation's limit exception unless <paramref name="bytes"/> more may be allocated.</summary>
    void EnsureMemoryFits(long bytes);
}
