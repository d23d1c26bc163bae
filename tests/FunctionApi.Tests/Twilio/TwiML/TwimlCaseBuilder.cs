using System.Globalization;
using System.Reflection;
using Twilio.TwiML;
using TwiMLElement = Twilio.TwiML.TwiML;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>
/// Builds a <see cref="TwimlCase"/> through ScriptHost's public TwiML API, the way a function would: a leaf
/// element through its parent's fluent method (<c>response.Say("hi", voice: ...)</c>), an element with children
/// through its constructor and <c>Append</c>. Attribute names are bound to parameter names, so a case that names
/// an attribute the API lacks fails loudly.
/// </summary>
internal static class TwimlCaseBuilder
{
    // The parameter that carries each element's text, as in Twilio's C# library.
    private static readonly Dictionary<string, string> TextParameterByVerb = new()
    {
        ["Say"] = "message", ["Play"] = "url", ["Dial"] = "number", ["Number"] = "phoneNumber", ["Client"] = "identity",
        ["Sip"] = "sipUrl", ["Conference"] = "name", ["Queue"] = "name", ["Redirect"] = "url", ["Enqueue"] = "name",
        ["Sms"] = "message", ["Message"] = "body", ["Body"] = "message", ["Media"] = "url",
    };

    public static string Render(TwimlCase twimlCase)
    {
        var isMessaging = twimlCase.Response == "messaging";
        TwiMLElement response = isMessaging ? new MessagingResponse() : new VoiceResponse();
        foreach (var node in twimlCase.Children)
        {
            Append(response, node, isMessaging ? "Messaging" : "Voice");
        }

        return response.ToString();
    }

    private static void Append(TwiMLElement parent, TwimlNode node, string elementNamespace)
    {
        var elementType = typeof(VoiceResponse).Assembly.GetType($"Twilio.TwiML.{elementNamespace}.{node.Verb}")
            ?? throw new InvalidOperationException($"ScriptHost has no Twilio.TwiML.{elementNamespace}.{node.Verb}.");
        if (node.ChildList.Count == 0)
        {
            var fluentMethod = parent.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .SingleOrDefault(method => method.Name == node.Verb && method.ReturnType == parent.GetType())
                ?? throw new InvalidOperationException($"{parent.GetType().Name} has no fluent {node.Verb}(...) method.");
            fluentMethod.Invoke(parent, BindArguments(fluentMethod.GetParameters(), node));
            return;
        }

        var constructor = elementType.GetConstructors().Single();
        var element = (TwiMLElement)constructor.Invoke(BindArguments(constructor.GetParameters(), node));
        foreach (var child in node.ChildList)
        {
            Append(element, child, elementNamespace);
        }

        parent.Append(element);
    }

    private static object?[] BindArguments(ParameterInfo[] parameters, TwimlNode node)
    {
        var arguments = parameters.Select(_ => (object?)Type.Missing).ToArray();
        if (node.Text is not null)
        {
            var textParameter = TextParameterByVerb[node.Verb];
            Set(textParameter, node.Text);
        }

        foreach (var attribute in node.AttributeList)
        {
            Set(attribute[0], attribute[1]);
        }

        return arguments;

        void Set(string name, string value)
        {
            var parameter = parameters.SingleOrDefault(candidate => candidate.Name == name)
                ?? throw new InvalidOperationException($"{node.Verb} has no parameter '{name}'.");
            arguments[parameter.Position] = Convert(value, parameter.ParameterType);
        }
    }

    public static object Convert(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return value;
        }

        if (target == typeof(int))
        {
            return int.Parse(value, CultureInfo.InvariantCulture);
        }

        if (target == typeof(bool))
        {
            return bool.Parse(value);
        }

        if (target == typeof(Uri))
        {
            return new Uri(value, UriKind.RelativeOrAbsolute);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var itemType = target.GetGenericArguments()[0];
            var items = value.Split(' ').Select(item => Convert(item, itemType)).ToArray();
            var array = Array.CreateInstance(itemType, items.Length);
            items.CopyTo(array, 0);
            return array;
        }

        // HttpMethod, PhoneNumber and every StringEnum convert from text, as in Twilio's library.
        var fromString = target.GetMethod("op_Implicit", [typeof(string)])
            ?? throw new InvalidOperationException($"No conversion from text to {target}.");
        return fromString.Invoke(null, [value])!;
    }
}
