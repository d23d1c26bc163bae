using System.Reflection;
using System.Text;
using Twilio.TwiML;
using Twilio.Types;

namespace ScriptHost.FunctionApi.Tests.Twilio.TwiML;

/// <summary>
/// Seeded random TwiML documents over every verb, noun and attribute ScriptHost exposes: attribute names and
/// types come from the constructors by reflection, values from the documented enum members or from text full of
/// characters XML must escape.
/// </summary>
internal sealed class TwimlCaseGenerator
{
    private static readonly string[] VoiceVerbs = ["Say", "Play", "Pause", "Gather", "Dial", "Record", "Redirect", "Hangup", "Reject", "Enqueue", "Leave", "Sms"];
    private static readonly string[] MessagingVerbs = ["Message", "Redirect"];

    private static readonly Dictionary<string, string[]> NestedByVerb = new()
    {
        ["Gather"] = ["Say", "Play", "Pause"],
        ["Dial"] = ["Number", "Client", "Sip", "Conference", "Queue"],
        ["Message"] = ["Body", "Media"],
    };

    private static readonly HashSet<string> VerbsWithText = ["Say", "Play", "Dial", "Number", "Client", "Sip", "Conference", "Queue", "Redirect", "Enqueue", "Sms", "Message", "Body", "Media"];
    private static readonly HashSet<string> TextIsUrl = ["Play", "Sip", "Redirect", "Media"];
    private static readonly string[] Pieces = ["Hello", " ", "world", "&", "<", ">", "\"", "'", "&amp;", "]]>", "\r\n", "\t", "é", "中文", "😀", "\u00A0", "+1 (415) 555-0100", "a=b&c=d"];

    private readonly Random _random;

    public TwimlCaseGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public IEnumerable<TwimlCase> Generate(int count)
    {
        for (var index = 0; index < count; index++)
        {
            var isMessaging = _random.Next(4) == 0;
            var verbs = isMessaging ? MessagingVerbs : VoiceVerbs;
            var children = Enumerable.Range(0, _random.Next(1, 5))
                .Select(_ => Node(verbs[_random.Next(verbs.Length)], isMessaging ? "Messaging" : "Voice", depth: 0))
                .ToList();
            yield return new TwimlCase($"generated #{index}", isMessaging ? "messaging" : "voice", children);
        }
    }

    private TwimlNode Node(string verb, string elementNamespace, int depth)
    {
        var type = typeof(VoiceResponse).Assembly.GetType($"Twilio.TwiML.{elementNamespace}.{verb}")!;
        var parameters = type.GetConstructors().Single().GetParameters();
        var textParameter = VerbsWithText.Contains(verb) ? parameters[0] : null;
        var attributes = parameters
            .Where(parameter => parameter != textParameter && _random.Next(3) == 0)
            .Select(parameter => (IReadOnlyList<string>)[parameter.Name!, Value(parameter.ParameterType, parameter.Name!)])
            .ToList();

        var children = new List<TwimlNode>();
        if (depth == 0 && NestedByVerb.TryGetValue(verb, out var nested) && _random.Next(3) > 0)
        {
            for (var count = _random.Next(1, 4); count > 0; count--)
            {
                children.Add(Node(nested[_random.Next(nested.Length)], elementNamespace, depth + 1));
            }
        }

        string? text = null;
        if (textParameter is not null && (children.Count == 0 || verb != "Message") && _random.Next(5) > 0)
        {
            text = TextIsUrl.Contains(verb) ? Url() : Text();
        }

        return new TwimlNode(verb, text, attributes, children);
    }

    private string Value(Type type, string name)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(int))
        {
            return _random.Next(0, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (target == typeof(bool))
        {
            return _random.Next(2) == 0 ? "true" : "false";
        }

        if (target == typeof(Uri))
        {
            return Url();
        }

        if (target.Name == "HttpMethod")
        {
            return _random.Next(2) == 0 ? "GET" : "POST";
        }

        if (target == typeof(PhoneNumber))
        {
            return "+1415555" + _random.Next(1000, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var members = EnumMembers(target.GetGenericArguments()[0]);
            return string.Join(' ', members.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(4, members.Count + 1))));
        }

        if (typeof(StringEnum).IsAssignableFrom(target))
        {
            var members = EnumMembers(target);
            return members[_random.Next(members.Count)];
        }

        return name.Contains("Digits", StringComparison.Ordinal) || name == "finishOnKey" ? "#1w" : Text();
    }

    private static List<string> EnumMembers(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => field.GetValue(null)!.ToString()!)];

    private string Url() => _random.Next(3) switch
    {
        0 => "https://example.com/twiml?a=1&b=" + Text().Length,
        1 => "/relative/path.xml",
        _ => "http://demo.twilio.com/docs/classic.mp3",
    };

    private string Text()
    {
        var text = new StringBuilder();
        for (var count = _random.Next(0, 5); count > 0; count--)
        {
            text.Append(Pieces[_random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }
}
