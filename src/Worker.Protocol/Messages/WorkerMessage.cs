using MessagePack;

namespace ScriptHost.Worker.Protocol.Messages;

/// <summary>
/// Anything the host and a worker send each other, one per frame. The union tags are the wire format: never reuse or
/// renumber one; add new messages with new tags.
/// </summary>
[Union(0, typeof(WorkerReady))]
[Union(1, typeof(InvokeFunction))]
[Union(2, typeof(InvocationFinished))]
[Union(3, typeof(CancelInvocation))]
[Union(4, typeof(HostApiCall))]
[Union(5, typeof(HostApiReply))]
[Union(6, typeof(FunctionLogLine))]
[Union(7, typeof(UnloadFunction))]
[Union(8, typeof(StopWorker))]
public abstract record WorkerMessage;
