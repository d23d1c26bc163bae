using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using ScriptHost.Assets;
using ScriptHost.Configuration;
using ScriptHost.Egress;
using ScriptHost.Environment;
using ScriptHost.Functions;
using ScriptHost.Health;
using ScriptHost.Invocation;
using ScriptHost.Logs;
using ScriptHost.Problems;
using ScriptHost.Sandbox;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Security;
using ScriptHost.Services;
using ScriptHost.Snippets;
using ScriptHost.Storage;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Usage;

namespace ScriptHost.Hosting;

/// <summary>Wires the server: options, storage, sandbox, the function table, and every endpoint group.</summary>
internal static class ScriptHostApplication
{
    /// <summary>Namespaces every function imports without writing a <c>using</c>.</summary>
    public static readonly IReadOnlyList<string> FunctionImports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        "System.Text.Json.Nodes", "ScriptHost.Functions", "Twilio.TwiML",
    ];

    public static void AddScriptHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScriptHostOptions>()
            .Bind(builder.Configuration.GetSection(ScriptHostOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxTimeoutMs >= o.DefaultTimeoutMs, "ScriptHost:MaxTimeoutMs must be at least ScriptHost:DefaultTimeoutMs.")
            .Validate(o => o.MaxMemoryMb >= o.DefaultMemoryMb, "ScriptHost:MaxMemoryMb must be at least ScriptHost:DefaultMemoryMb.")
            .ValidateOnStart();

        var maxBody = builder.Configuration.GetSection(ScriptHostOptions.Section).GetValue<long?>(nameof(ScriptHostOptions.MaxRequestBodyBytes))
            ?? new ScriptHostOptions().MaxRequestBodyBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(maxBody, 32L * 1024 * 1024));
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(70));

        services.AddSingleton<IScriptHostStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
            return LiteDbStore.Open(new StorageOptions { DatabasePath = Path.GetFullPath(options.DataPath) });
        });

        services.AddSingleton(_ => new ScriptCompiler(new SandboxOptions
        {
            GlobalsType = typeof(FunctionGlobals),
            ApiAssemblies = [typeof(FunctionGlobals).Assembly],
            Imports = FunctionImports,
        }));
        services.AddSingleton(provider => new CompiledFunctionCache(
            provider.GetRequiredService<ScriptCompiler>(),
            new CompiledFunctionCacheOptions { MaxEntries = provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value.CompiledCacheEntries }));
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton<FunctionRegistry>();
        services.AddSingleton<FunctionDeployer>();
        services.AddSingleton<FunctionRunner>();
        services.AddSingleton<LogBroadcaster>();
        services.AddSingleton<AdminKey>();
        services.AddSingleton<CallerAuthentication>();
        services.AddEgress();
        services.AddHostedService<FunctionTableLoader>();
        services.AddHostedService<LogRetentionService>();

        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDefaults.Fill);
        services.AddExceptionHandler<ClientErrorExceptionHandler>();
        services.AddOpenApi();
    }

    public static void UseScriptHost(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
        if (options.TrustedProxies.Count > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ManagementBodyLimit>();
        app.UseMiddleware<JsonCharsetCheck>();

        app.MapOpenApi();
        app.MapHealth();
        app.MapServices();
        app.MapServiceSettings();
        app.MapFunctions();
        app.MapEnvironment();
        app.MapAssets();
        app.MapLogs();
        app.MapInvocationRecords();
        app.MapUsage();
        app.MapSnippets();
        app.MapInvocation();
    }
}
