namespace ScriptHost.Storage.Tests;

/// <summary>A clock the test moves by hand, for retention and timestamps.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
