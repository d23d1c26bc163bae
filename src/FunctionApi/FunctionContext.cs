using ScriptHost.Functions.TwilioLibrary;
using Twilio.Clients;

namespace ScriptHost.Functions;

/// <summary>The function's surroundings: its service's environment variables and its own identity.</summary>
public sealed class FunctionContext
{
    /// <summary>The account SID variable, as in Twilio Functions.</summary>
    public const string AccountSidVariable = "ACCOUNT_SID";

    /// <summary>The auth token variable, as in Twilio Functions.</summary>
    public const string AuthTokenVariable = "AUTH_TOKEN";

    /// <summary>The variable protected functions' webhook signatures are checked with; used when <c>AUTH_TOKEN</c> is not set.</summary>
    public const string WebhookAuthTokenVariable = "TWILIO_AUTH_TOKEN";

    /// <summary>The API key SID variable (<c>SK...</c>); with <see cref="ApiKeySecretVariable"/> it is used instead of the auth token.</summary>
    public const string ApiKeySidVariable = "API_KEY_SID";

    /// <summary>The API key secret variable.</summary>
    public const string ApiKeySecretVariable = "API_KEY_SECRET";

    /// <summary>The variable that points the REST client at another API host (a mock server, say): every request to <c>https://*.twilio.com</c> goes there instead.</summary>
    public const string TwilioApiBaseUrlVariable = "TWILIO_API_BASE_URL";

    private readonly IOutboundHttp? _http;
    private readonly CancellationToken _cancellation;
    private readonly Lock _clientLock = new();
    private ITwilioRestClient? _twilioClient;

    /// <summary>Creates a context without outbound HTTP: <see cref="GetTwilioClient"/> is not available.</summary>
    public FunctionContext(IReadOnlyDictionary<string, string> env, string serviceName, string functionPath, string domainName)
        : this(env, serviceName, functionPath, domainName, http: null, CancellationToken.None)
    {
    }

    /// <summary>Creates the context the host hands to a function.</summary>
    /// <param name="env">The service's environment variables.</param>
    /// <param name="serviceName">The service the function belongs to.</param>
    /// <param name="functionPath">The function's path within its service.</param>
    /// <param name="domainName">The public host name the function was reached at.</param>
    /// <param name="http">The invocation's outbound HTTP, which <see cref="GetTwilioClient"/> sends through.</param>
    /// <param name="cancellation">The invocation's cancellation, which the Twilio client observes.</param>
    public FunctionContext(
        IReadOnlyDictionary<string, string> env,
        string serviceName,
        string functionPath,
        string domainName,
        IOutboundHttp? http,
        CancellationToken cancellation)
    {
        Env = env;
        ServiceName = serviceName;
        FunctionPath = functionPath;
        DomainName = domainName;
        _http = http;
        _cancellation = cancellation;
    }

    /// <summary>The service's environment variables (as set at the start of this invocation).</summary>
    public IReadOnlyDictionary<string, string> Env { get; }

    /// <summary>The service (tenant) the function belongs to.</summary>
    public string ServiceName { get; }

    /// <summary>The function's path within its service, e.g. <c>/sms</c>.</summary>
    public string FunctionPath { get; }

    /// <summary>The public host name the function was reached at, e.g. <c>functions.example.com</c>.</summary>
    public string DomainName { get; }

    /// <summary>
    /// A Twilio REST client for this invocation, as Twilio Functions' <c>context.getTwilioClient()</c>: the Twilio
    /// library's own client, built on first use from the service's <c>ACCOUNT_SID</c> and <c>AUTH_TOKEN</c> (or
    /// <c>TWILIO_AUTH_TOKEN</c>; or <c>API_KEY_SID</c> and <c>API_KEY_SECRET</c> with <c>ACCOUNT_SID</c>). Pass it to
    /// every resource call, e.g. <c>MessageResource.CreateAsync(..., client: Context.GetTwilioClient())</c>. It sends
    /// through the function's <c>Http</c>, so the egress allowlist, the invocation's cancellation and its time limit
    /// apply; with <c>TWILIO_API_BASE_URL</c> set, every request to Twilio's hosts goes to that base URL instead.
    /// </summary>
    /// <returns>The same client on every call within the invocation.</returns>
    /// <exception cref="InvalidOperationException">A variable the client needs is not set, or is not usable.</exception>
    public ITwilioRestClient GetTwilioClient()
    {
        lock (_clientLock)
        {
            return _twilioClient ??= CreateTwilioClient();
        }
    }

    private ITwilioRestClient CreateTwilioClient()
    {
        if (_http is null)
        {
            throw new InvalidOperationException("This context has no outbound HTTP, so it cannot create a Twilio client.");
        }

        var accountSid = Variable(AccountSidVariable);
        var keySid = Variable(ApiKeySidVariable);
        var keySecret = Variable(ApiKeySecretVariable);
        // The auth token that signs webhooks (TWILIO_AUTH_TOKEN, which protected functions already need) is the same
        // account credential, so a service does not have to store it twice.
        var authToken = Variable(AuthTokenVariable) ?? Variable(WebhookAuthTokenVariable);
        if (accountSid is null)
        {
            throw MissingVariables(AccountSidVariable);
        }

        var (username, password) = (keySid, keySecret) switch
        {
            ({ } sid, { } secret) => (sid, secret),
            ({ }, null) => throw MissingVariables(ApiKeySecretVariable),
            (null, { }) => throw MissingVariables(ApiKeySidVariable),
            _ => (accountSid, authToken ?? throw MissingVariables(AuthTokenVariable)),
        };

        try
        {
            return TwilioClientFactory.Create(username, password, accountSid, Variable(TwilioApiBaseUrlVariable), _http, _cancellation);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"The service's Twilio variables are not usable: {e.Message}", e);
        }
    }

    private string? Variable(string name) => Env.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private InvalidOperationException MissingVariables(string name) => new(
        $"Context.GetTwilioClient() needs the environment variable {name} of service '{ServiceName}'. " +
        $"Set {AccountSidVariable} and {AuthTokenVariable} (or {ApiKeySidVariable} and {ApiKeySecretVariable} with {AccountSidVariable}).");
}
