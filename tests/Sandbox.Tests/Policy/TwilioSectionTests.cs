using Mono.Cecil;
using Mono.Cecil.Cil;
using ScriptHost.Sandbox.Policy;
using ScriptHost.TestGlobals;

namespace ScriptHost.Sandbox.Tests.Policy;

/// <summary>
/// The embedded allowlist's <c>[library Twilio]</c> section against the library's code itself: whatever a function may
/// reach must not open a connection of the library's own (past the host's egress) or touch its process-wide clients.
/// A package upgrade that adds such a path to an allowed type fails here, not in production.
/// </summary>
public sealed class TwilioSectionTests
{
    // Where the library builds or fetches a client that sends without the host: its default HTTP stack, the no-auth and
    // token clients, and the process-wide client holders.
    private static readonly string[] OwnConnections =
    [
        "System.Net.Http.HttpClient::.ctor",
        "System.Net.Http.HttpClientHandler::.ctor",
        "Twilio.Http.SystemNetHttpClient::.ctor",
        "Twilio.Http.NoAuth.SystemNetNoAuthHttpClient::.ctor",
        "Twilio.Http.BearerToken.SystemNetTokenHttpClient::.ctor",
        "Twilio.Clients.TwilioRestClient::.ctor",
        "Twilio.Clients.NoAuth.TwilioNoAuthRestClient::.ctor",
        "Twilio.Clients.BearerToken.TwilioOrgsTokenRestClient::.ctor",
        "Twilio.TwilioClient::GetNoAuthRestClient",
        "Twilio.TwilioClient::Init",
        "Twilio.TwilioClient::SetRestClient",
        "Twilio.TwilioOrgsTokenAuthClient::",
    ];

    private static readonly Lazy<HashSet<string>> AllowedTypes = new(() =>
        ApiPolicy.Create([typeof(TestHost).Assembly], [typeof(global::Twilio.TwilioClient).Assembly]).DescribeLibraries()
            .Single(library => library.Section.AssemblyName == "Twilio")
            .AllowedTypes.Select(type => WithoutTypeParameters(type.Display))
            .ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void AllowedTypes_NoneOfTheirCodeReachesTheLibrarysOwnConnections()
    {
        var callers = CallersOf(OwnConnections);

        var reachable = callers.Where(call => AllowedTypes.Value.Contains(call.OutermostType)).Select(call => $"{call.Caller} calls {call.Callee}").ToList();

        Assert.True(reachable.Count == 0, "Allowed types reach the library's own connections:\n" + string.Join('\n', reachable));
    }

    [Fact]
    public void OwnConnectionsScan_FindsTheKnownCallers()
    {
        // The scan itself must see what it looks for, or the test above would pass on nothing.
        var callers = CallersOf(OwnConnections).Select(call => call.OutermostType).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Twilio.Rest.Oauth.V1.TokenResource", callers);
        Assert.Contains("Twilio.Rest.Iam.V1.RolePermissionResource", callers);
        Assert.Contains("Twilio.Clients.TwilioRestClient", callers);
    }

    [Theory]
    [InlineData("Twilio.TwiML.VoiceResponse")]
    [InlineData("Twilio.TwiML.Voice.Connect")]
    [InlineData("Twilio.TwiML.Voice.Stream")]
    [InlineData("Twilio.TwiML.Voice.Pay")]
    [InlineData("Twilio.Rest.Api.V2010.Account.MessageResource")]
    [InlineData("Twilio.Rest.Verify.V2.Service.VerificationResource")]
    [InlineData("Twilio.Rest.Lookups.V2.PhoneNumberResource")]
    [InlineData("Twilio.Security.RequestValidator")]
    [InlineData("Twilio.Jwt.AccessToken.PlaybackGrant")]
    [InlineData("Twilio.Exceptions.ApiException")]
    [InlineData("Twilio.Types.PhoneNumber")]
    public void AllowedTypes_IncludeWhatTheIssueNames(string type) =>
        Assert.Contains(type, AllowedTypes.Value);

    [Theory]
    [InlineData("Twilio.TwilioClient")]
    [InlineData("Twilio.TwilioOrgsTokenAuthClient")]
    [InlineData("Twilio.Clients.TwilioRestClient")]
    [InlineData("Twilio.Http.SystemNetHttpClient")]
    [InlineData("Twilio.Converters.Serializers")]
    [InlineData("Twilio.AuthStrategies.TokenAuthStrategy")]
    public void AllowedTypes_LeaveOutProcessWideClientsAndPlumbing(string type) =>
        Assert.DoesNotContain(type, AllowedTypes.Value);

    private static List<(string Caller, string OutermostType, string Callee)> CallersOf(string[] targets)
    {
        using var module = ModuleDefinition.ReadModule(typeof(global::Twilio.TwilioClient).Assembly.Location);
        var calls = new List<(string, string, string)>();
        foreach (var type in module.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj or Code.Ldftn
                        && instruction.Operand is MethodReference callee)
                    {
                        var name = callee.DeclaringType.GetElementType().FullName.Replace('/', '+') + "::" + callee.Name;
                        if (Array.Exists(targets, target => name.StartsWith(target, StringComparison.Ordinal)))
                        {
                            calls.Add((type.FullName + "::" + method.Name, Outermost(type), name));
                        }
                    }
                }
            }
        }

        return calls;
    }

    private static string Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return WithoutTypeParameters(type.FullName);
    }

    private static string WithoutTypeParameters(string name)
    {
        var end = name.IndexOfAny(['<', '`']);
        return end < 0 ? name : name[..end];
    }
}
