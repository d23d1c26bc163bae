using Newtonsoft.Json;
using Twilio;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The process-wide settings the Twilio library reads, set once at start by the process that runs functions (the
/// host's and the worker's <c>Program.cs</c>), before any function runs.
/// </summary>
internal static class TwilioProcessDefaults
{
    private static readonly ScriptSafeContractResolver Resolver = new();

    /// <summary>
    /// Installs the <see cref="UnboundTwilioRestClient"/> as the library's default client and the
    /// <see cref="ScriptSafeContractResolver"/> as Newtonsoft's default contract resolver.
    /// </summary>
    public static void Install()
    {
        TwilioClient.SetRestClient(new UnboundTwilioRestClient());
        JsonConvert.DefaultSettings = () => new JsonSerializerSettings { ContractResolver = Resolver };
    }
}
