using System.Collections.Frozen;

namespace ScriptHost.Serving;

/// <summary>
/// What a request captured of its environment when it arrived: the live build and the variables. The function it runs,
/// the functions that one calls, the assets they read, <c>Context.Env</c> and the signature check all use this, never
/// the live table at a later moment.
/// </summary>
internal sealed record EnvironmentSnapshot(
    ServiceState Service,
    string Environment,
    LiveBuild Build,
    FrozenDictionary<string, string> Variables);
