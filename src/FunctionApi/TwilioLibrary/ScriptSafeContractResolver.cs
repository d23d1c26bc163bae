using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The Newtonsoft.Json contract resolver of the process (the Twilio library serializes option values and parses
/// answers with Newtonsoft). It refuses, before Newtonsoft looks at them, types a function declared — Newtonsoft
/// caches what it learns of a type in static caches, which would keep that function's collectible load context
/// alive for good — and framework types that are not data (tasks, delegates, reflection, streams, tokens), whose
/// getters Newtonsoft would call.
/// </summary>
internal sealed class ScriptSafeContractResolver : DefaultContractResolver
{
    public const string Hint = "pass JSON text: Json.Serialize(value)";

    private static readonly Type[] NotData =
    [
        typeof(Task), typeof(ValueTask), typeof(Delegate), typeof(MemberInfo), typeof(Assembly), typeof(Module),
        typeof(Stream), typeof(CancellationToken), typeof(CancellationTokenSource), typeof(WaitHandle), typeof(Thread),
    ];

    public override JsonContract ResolveContract(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsCollectible)
        {
            throw new JsonSerializationException(
                $"The Twilio library cannot serialize '{type.Name}', a type the function declares; {Hint}.");
        }

        if (IsNotData(type))
        {
            throw new JsonSerializationException($"The Twilio library cannot serialize a {type.Name}: it is not data.");
        }

        return base.ResolveContract(type);
    }

    private static bool IsNotData(Type type) =>
        Array.Exists(NotData, notData => notData.IsAssignableFrom(type))
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>));
}
