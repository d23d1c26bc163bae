using ScriptHost.Storage.Assets;
using ScriptHost.Storage.Functions;
using ScriptHost.Storage.Invocations;
using ScriptHost.Storage.Logs;
using ScriptHost.Storage.Services;
using ScriptHost.Storage.Usage;
using static ScriptHost.Storage.Tests.LiteDb.Fixtures.LegacyDatabase;

namespace ScriptHost.Storage.Tests.LiteDb.Fixtures;

/// <summary>
/// The code that wrote <c>legacy-d6a9016.litedb</c> (<see cref="LegacyDatabase"/>, whose data it uses), against src/Storage at commit
/// d6a9016. Not compiled (see Storage.Tests.csproj): the store API it calls no longer exists, and it is kept as the
/// record of how the fixture was made.
/// </summary>
internal static class LegacyDatabaseWriter
{
    public static async Task WriteAsync(IScriptHostStore store)
    {
        var none = CancellationToken.None;
        foreach (var service in new[] { Shop, AssetsOnly, Empty })
        {
            await store.Services.CreateServiceAsync(service, KeyHash.Compute("key-of-" + service), new ServiceSettings(), none);
        }

        foreach (var (path, sources, active, visibility, limits) in Functions)
        {
            foreach (var source in sources)
            {
                await store.Functions.DeployAsync(new FunctionDeployment(Shop, path, source, KeyFor(source), ImageFor(source), visibility, limits), none);
            }

            if (active != sources.Length)
            {
                await store.Functions.ActivateVersionAsync(Shop, path, active, none);
            }
        }

        foreach (var (service, path, contentType, visibility, content) in Assets)
        {
            await store.Assets.PutAssetAsync(service, path, content, contentType, visibility, none);
        }

        foreach (var (name, value, isSecret) in Variables)
        {
            await store.Environment.SetVariableAsync(Shop, name, value, isSecret, none);
        }

        await store.Logs.AppendLogsAsync(
            [.. LogMessages.Select((message, minute) => new LogEntry(Shop, "/sms", 2, "inv-" + minute, FunctionLogLevel.Info, message, WrittenAt.AddMinutes(minute)))],
            none);
        await store.Invocations.AppendInvocationsAsync(
            [new InvocationRecord(Shop, "/sms", 2, "inv-0", InvocationStatus.Succeeded, 200, 1.5, WrittenAt)],
            none);
        await store.Usage.AddUsageAsync([new UsageIncrement(Shop, "/sms", UsageMonth.From(WrittenAt), SmsInvocations)], none);
        await store.KeyValue.SetAsync(Shop, "counter", "7", none);
    }
}
