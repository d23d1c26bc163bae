using MessagePack;
using ScriptHost.Worker.Protocol.Messages;

namespace ScriptHost.Worker.Protocol.Framing;

/// <summary>
/// Round-trips one message of every kind through the serializer. MessagePack builds each type's formatter with
/// Reflection.Emit on first use; doing it before a worker says it is ready (and when the host starts) keeps that cost
/// off the first invocation a service makes.
/// </summary>
public static class SerializerWarmUp
{
    public static void Run()
    {
        WorkerMessage[] samples =
        [
            new WorkerReady(1, "warm-up"),
            new InvokeFunction(
                1,
                "owner",
                "key",
                [1],
                false,
                new FunctionIdentity("service", "/path", "example.com"),
                new Dictionary<string, string> { ["A"] = "b" },
                new EventData(new Dictionary<string, string[]> { ["A"] = ["b"] }, "{}"),
                new RequestData("POST", "/service/path", new Dictionary<string, string> { ["a"] = "b" }, new Dictionary<string, string> { ["c"] = "d" }, "body"),
                new LimitsData(1, 1, 1, 1, 1),
                1),
            new InvocationFinished(1, InvocationOutcome.Completed, new ResponseData(200, "text/plain", ["a"], ["b"], [new CookieData("c", "d", false, 1, "/", null, true, true, "Lax")], [1]), new ErrorData("t", "m", 1, 1), 1, false, false),
            new CancelInvocation(1),
            new HostApiCall(1, 1, new StoreGet("k")),
            new HostApiCall(1, 1, new StoreSet("k", "v")),
            new HostApiCall(1, 1, new StoreDelete("k")),
            new HostApiCall(1, 1, new StoreList("k")),
            new HostApiCall(1, 1, new HttpSend("GET", "https://example.com", new Dictionary<string, string> { ["a"] = "b" }, null)),
            new HostApiCall(1, 1, new AssetRead("/a")),
            new HostApiCall(1, 1, new FunctionCall("/f", new Dictionary<string, string> { ["a"] = "b" })),
            new HostApiReply(1, new TextValue("v")),
            new HostApiReply(1, new FlagValue(true)),
            new HostApiReply(1, new TextListValue(["a"])),
            new HostApiReply(1, new BytesValue([1])),
            new HostApiReply(1, new HttpValue(200, new Dictionary<string, string> { ["a"] = "b" }, "body")),
            new HostApiReply(1, new FunctionCallValue(200, "text/plain", "body")),
            new HostApiReply(1, new ApiFailure(ApiFailureKind.Argument, "m", "p", null, null, null)),
            new FunctionLogLine(1, 0, "line"),
            new UnloadFunction("owner"),
            new StopWorker(),
        ];
        foreach (var sample in samples)
        {
            _ = MessagePackSerializer.Deserialize<WorkerMessage>(MessagePackSerializer.Serialize(sample, FrameChannel.SerializerOptions), FrameChannel.SerializerOptions);
        }
    }
}
