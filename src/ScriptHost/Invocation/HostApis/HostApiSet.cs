using ScriptHost.Functions;

namespace ScriptHost.Invocation.HostApis;

/// <summary>
/// The host APIs of one invocation, bound to its service: handed to the function as globals in-process, or serving
/// the calls its worker forwards. The same objects either way, so the same rules hold.
/// </summary>
internal sealed record HostApiSet(
    InvocationLog Log,
    IKeyValueStore Store,
    IOutboundHttp Http,
    IAssetReader Assets,
    IFunctionCaller Functions);
