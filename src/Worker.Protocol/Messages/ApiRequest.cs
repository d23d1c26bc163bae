using MessagePack;

namespace ScriptHost.Worker.Protocol.Messages;

/// <summary>One host API call a function makes; the host serves it exactly as it serves an in-process function.</summary>
[Union(0, typeof(StoreGet))]
[Union(1, typeof(StoreSet))]
[Union(2, typeof(StoreDelete))]
[Union(3, typeof(StoreList))]
[Union(4, typeof(HttpSend))]
[Union(5, typeof(AssetRead))]
[Union(6, typeof(FunctionCall))]
public abstract record ApiRequest;

/// <summary><c>Store.GetAsync</c>.</summary>
[MessagePackObject]
public sealed record StoreGet([property: Key(0)] string Key) : ApiRequest;

/// <summary><c>Store.SetAsync</c>.</summary>
[MessagePackObject]
public sealed record StoreSet([property: Key(0)] string Key, [property: Key(1)] string Value) : ApiRequest;

/// <summary><c>Store.DeleteAsync</c>.</summary>
[MessagePackObject]
public sealed record StoreDelete([property: Key(0)] string Key) : ApiRequest;

/// <summary><c>Store.ListAsync</c>.</summary>
[MessagePackObject]
public sealed record StoreList([property: Key(0)] string Prefix) : ApiRequest;

/// <summary><c>Http.SendAsync</c> (and the helpers built on it).</summary>
[MessagePackObject]
public sealed record HttpSend(
    [property: Key(0)] string Method,
    [property: Key(1)] string Url,
    [property: Key(2)] Dictionary<string, string> Headers,
    [property: Key(3)] string? Body) : ApiRequest;

/// <summary><c>Assets.ReadBytesAsync</c> (text is decoded in the worker).</summary>
[MessagePackObject]
public sealed record AssetRead([property: Key(0)] string Path) : ApiRequest;

/// <summary><c>Functions.InvokeAsync</c>.</summary>
[MessagePackObject]
public sealed record FunctionCall([property: Key(0)] string Path, [property: Key(1)] Dictionary<string, string>? Parameters) : ApiRequest;
