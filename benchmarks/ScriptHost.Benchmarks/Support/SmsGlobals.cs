using ScriptHost.Functions;

namespace ScriptHost.Benchmarks.Support;

/// <summary>Globals of an incoming SMS webhook, as the server builds them for the auto-reply function.</summary>
internal static class SmsGlobals
{
    public static FunctionGlobals Create()
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["From"] = ["+15551230001"],
            ["To"] = ["+15559870002"],
            ["Body"] = ["Hello there"],
            ["NumMedia"] = ["0"],
            ["MessageSid"] = ["SM0123456789abcdef0123456789abcdef"],
            ["AccountSid"] = ["AC0123456789abcdef0123456789abcdef"],
        };
        var request = new FunctionRequest("POST", "/bench/sms", new Dictionary<string, string>(), new Dictionary<string, string>(), string.Empty);
        var context = new FunctionContext(new Dictionary<string, string>(), "bench", "/sms", "127.0.0.1");

        // The benchmark scripts use Event, Context and Log: the host APIs they never touch are left out.
        return new FunctionGlobals(new FunctionEvent(values), request, context, new DiscardingLog(), null!, null!, null!, null!, CancellationToken.None);
    }

    /// <summary>A log that keeps nothing: the in-process benchmarks measure the sandbox, not the host's log journal.</summary>
    private sealed class DiscardingLog : IFunctionLog
    {
        public void Info(string message)
        {
        }

        public void Warn(string message)
        {
        }

        public void Error(string message)
        {
        }
    }
}
