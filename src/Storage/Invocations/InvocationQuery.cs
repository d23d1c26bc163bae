namespace ScriptHost.Storage.Invocations;

/// <summary>Filters for <see cref="IInvocationStore.QueryInvocationsAsync"/>; results are newest first, <see cref="Since"/> inclusive.</summary>
public sealed record InvocationQuery
{
    public string? FunctionPath { get; init; }

    /// <summary>Only records of this environment; <c>null</c> for all.</summary>
    public string? Environment { get; init; }

    public InvocationStatus? Status { get; init; }

    public DateTimeOffset? Since { get; init; }

    public int Limit { get; init; } = 100;
}
