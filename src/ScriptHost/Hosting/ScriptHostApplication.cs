using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using ScriptHost.Api.Contracts;
using ScriptHost.Assets;
using ScriptHost.Builds;
using ScriptHost.Configuration;
using ScriptHost.Deployments;
using ScriptHost.Editor;
using ScriptHost.Egress;
using ScriptHost.Environment;
using ScriptHost.Environments;
using ScriptHost.Execution;
using ScriptHost.Execution.Rendering;
using ScriptHost.FunctionManagement;
using ScriptHost.Functions;
using ScriptHost.Health;
using ScriptHost.Invocation;
using ScriptHost.KeyValueStore;
using ScriptHost.Logs;
using ScriptHost.Problems;
using ScriptHost.RequestBodies;
using ScriptHost.Sandbox;
using ScriptHost.Sandbox.Caching;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing;
using ScriptHost.Sandbox.Invocation;
using ScriptHost.Security;
using ScriptHost.Services;
using ScriptHost.Serving;
using ScriptHost.Snippets;
using ScriptHost.Storage;
using ScriptHost.Storage.LiteDb;
using ScriptHost.Templates;
using ScriptHost.Usage;
using ScriptHost.WebConsole;
using ScriptHost.WebhookTesting;
using ScriptHost.Workers;

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

    /// <summary>
    /// Third-party libraries functions compile against, each allowed by its <c>[library Name]</c> section of the
    /// allowlist: Twilio's own C# library.
    /// </summary>
    public static readonly IReadOnlyList<System.Reflection.Assembly> FunctionLibraries = [typeof(global::Twilio.TwilioClient).Assembly];

    /// <summary>
    /// The host's call wrappers for those libraries: a script's <c>twiml.ToString(...)</c> renders through the host's
    /// bounded TwiML writer (<see cref="TwimlCalls"/>), not the library's unbounded, recursive one.
    /// </summary>
    public static readonly IReadOnlyList<Type> FunctionCallWrappers = [typeof(TwimlCalls)];

    public static void AddScriptHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScriptHostOptions>()
            .Bind(builder.Configuration.GetSection(ScriptHostOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.MaxTimeoutMs >= o.DefaultTimeoutMs, "ScriptHost:MaxTimeoutMs must be at least ScriptHost:DefaultTimeoutMs.")
            .Validate(o => o.MaxMemoryMb >= o.DefaultMemoryMb, "ScriptHost:MaxMemoryMb must be at least ScriptHost:DefaultMemoryMb.")
            .ValidateOnStart();

        // Kestrel's own ceiling is the largest body any route takes; routing lowers it per request to the limit the
        // endpoint declares (WithBodyLimit), and the invocation route bounds its reads itself.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ScriptHostOptions>>(
            (kestrel, options) => kestrel.Limits.MaxRequestBodySize = Math.Max(AssetEndpoints.MaxUploadBytes(options.Value), options.Value.MaxBundleBytes));
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(70));

        services.AddSingleton<IScriptHostStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value;
            return LiteDbStore.Open(new StorageOptions { DatabasePath = Path.GetFullPath(options.DataPath) });
        });

        services.AddSingleton(provider => new ScriptCompiler(new SandboxOptions
        {
            GlobalsType = typeof(FunctionGlobals),
            ApiAssemblies = [typeof(FunctionGlobals).Assembly],
            LibraryAssemblies = FunctionLibraries,
            CallWrappers = FunctionCallWrappers,
            Imports = FunctionImports,
            CompileTimeout = TimeSpan.FromMilliseconds(provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value.CompileTimeoutMs),
        }));
        services.AddSingleton(provider => new CompiledFunctionCache(
            provider.GetRequiredService<ScriptCompiler>(),
            new CompiledFunctionCacheOptions { MaxEntries = provider.GetRequiredService<IOptions<ScriptHostOptions>>().Value.CompiledCacheEntries }));
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton<FunctionExecution>();
        services.AddSingleton<InProcessExecutor>();
        services.AddWorkers(builder.Configuration);
        services.AddSingleton<LiveServices>();
        services.AddSingleton<VersionImages>();
        services.AddSingleton<LiveBuildLoader>();
        services.AddSingleton<AssetContents>();
        services.AddSingleton<EnvironmentChanges>();
        services.AddSingleton<EnvironmentDeployer>();
        services.AddSingleton<FunctionDeployer>();
        services.AddSingleton<AssetDeployer>();
        services.AddSingleton<FunctionRunner>();
        services.AddSingleton<LogBroadcaster>();
        services.AddSingleton<WebConsoleFiles>();
        services.AddSingleton<AdminKey>();
        services.AddSingleton<CallerAuthentication>();
        services.AddKeyRotation();
        services.AddEgress();
        services.AddTemplates();
        services.AddEditor(builder.Configuration);

        // Builds first: interrupted builds are failed before anything loads (its queue starts with the server).
        services.AddBuilds(builder.Configuration);

        // The admin key, then the live table: each settled in StartingAsync, in this order, before the server listens.
        // The rest run alongside the server (the compiler warm-up in the background, a few seconds in).
        services.AddHostedService<AdminKeyInitializer>();
        services.AddHostedService<ServingTableLoader>();
        services.AddHostedService<CompilerWarmUp>();
        services.AddHostedService<LogRetentionService>();
        services.AddHostedService<JournalFlushOnStop>();

        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemDefaults.Fill);
        services.AddExceptionHandler<ClientErrorExceptionHandler>();
        services.ConfigureHttpJsonOptions(json =>
        {
            ApiJson.Configure(json.SerializerOptions);

            // The editor's answers are the editing library's own records (the console's, not the wire contract's):
            // their enum is spelled like the API's.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter<EditorIncomplete>(JsonNamingPolicy.CamelCase));
        });
        services.AddOpenApi(openApi => openApi.AddOperationTransformer<AlternativeResponseBodies>());
    }

    /// <summary>
    /// Declares, once for every management route, the problems it can answer a request with — besides what the route
    /// declares itself — so the OpenAPI document lists them: 400, 401 and 404 everywhere, 413 where a body is read, 415
    /// where it is read as JSON. What a route answers when it succeeds comes from its typed results alone.
    /// </summary>
    private static void DescribeRefusals(EndpointBuilder endpoint)
    {
        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();

        List<int> refusals = [StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound];
        if (endpoint.Metadata.OfType<IAcceptsMetadata>().LastOrDefault() is { } accepts)
        {
            refusals.Add(StatusCodes.Status413PayloadTooLarge);
            if (accepts.ContentTypes.Any(JsonBodyEncoding.IsJson))
            {
                refusals.Add(StatusCodes.Status415UnsupportedMediaType);
            }
        }

        foreach (var status in refusals.Where(s => !declared.Contains(s)))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
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

        // Before routing (called explicitly, else WebApplication routes first): an environment's host name rewrites the
        // path to the environment's path form; after the forwarded headers, so a trusted proxy's X-Forwarded-Host counts.
        app.UseMiddleware<EnvironmentHostRouting>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<JsonCharsetCheck>();

        app.MapOpenApi();
        app.MapHealth();

        // Every management route takes bodies up to MaxRequestBodyBytes unless it declares a limit of its own.
        var management = app.MapGroup(string.Empty).WithBodyLimit(options.MaxRequestBodyBytes);
        ((IEndpointConventionBuilder)management).Finally(DescribeRefusals);
        management.MapServices();
        management.MapCaller();
        management.MapKeyRotation();
        management.MapServiceSettings();
        management.MapFunctions();
        management.MapEnvironment();
        management.MapEnvironments();
        management.MapDeployments();
        management.MapAssets();
        management.MapBuilds();
        management.MapLogs();
        management.MapInvocationRecords();
        management.MapUsage();
        management.MapKeyValueStore();
        management.MapTemplates();
        management.MapTwilioSignature();
        management.MapSnippets();
        management.MapEditor();
        app.MapWebConsole();
        app.MapInvocation();
    }
}
