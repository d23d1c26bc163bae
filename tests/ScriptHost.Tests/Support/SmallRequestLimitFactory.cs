using Microsoft.AspNetCore.Hosting;

namespace ScriptHost.Tests.Support;

/// <summary>
/// A server that accepts request bodies of at most 16 KB, so bodies over the limit are cheap to send, running as in
/// production (the framework answers unbindable requests itself there instead of throwing, as it does in Development).
/// </summary>
public sealed class SmallRequestLimitFactory() : ScriptHostFactory(new Dictionary<string, string>
{
    ["ScriptHost:MaxRequestBodyBytes"] = MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int MaxRequestBodyBytes = 16 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
