namespace ScriptHost.Api.Contracts.Usage;

/// <summary>A month's invocations and what Twilio Functions would charge for them.</summary>
public sealed record UsageDto(
    string Month,
    long Invocations,
    int FreeInvocations,
    long BillableInvocations,
    decimal ChargeUsd,
    IReadOnlyList<FunctionUsageDto> Functions);

/// <summary>One function's invocations in the month, in one environment.</summary>
public sealed record FunctionUsageDto(string Path, long Invocations, string Environment);
