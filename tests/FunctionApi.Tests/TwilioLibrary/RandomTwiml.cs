using System.Reflection;
using Twilio.TwiML;
using Twilio.Types;

namespace ScriptHost.FunctionApi.Tests.TwilioLibrary;

/// <summary>
/// Seeded random TwiML trees: any of the library's element types built through its public constructor with random
/// arguments (enum members, URLs, numbers, text full of characters XML escapes), generic elements with options, text
/// nodes, and subtrees shared between parents.
/// </summary>
internal sealed class RandomTwiml(int seed)
{
    private static readonly string[] Pieces =
        ["Hello", " ", "world", "&", "<", ">", "\"", "'", "&amp;", "]]>", "\r\n", "\r", "\n", "\t", "é", "中文", "😀", "\u00A0", "\u0085", "\u2028", "+1 (415) 555-0100", "a=b&c=d", "  "];

    private static readonly string[] Tags = ["Custom", "x", "Verb", "a-b", "a.b", "_u", "Ünï"];
    private static readonly string[] OptionKeys = ["key", "data-x", "xml:lang", "xml:space", "for_", "voice", "z"];

    private static readonly Type[] ElementTypes = typeof(TwiML).Assembly.GetTypes()
        .Where(type => type.IsPublic && !type.IsAbstract && type.IsSubclassOf(typeof(TwiML)) && type.GetConstructors().Length == 1)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToArray();

    private readonly Random _random = new(seed);
    private readonly List<TwiML> _made = [];

    /// <summary>A random document: a response of either kind with up to five children, nesting up to four levels.</summary>
    public TwiML Next()
    {
        _made.Clear();
        TwiML root = _random.Next(3) == 0 ? new MessagingResponse() : new VoiceResponse();
        Fill(root, depth: 1);
        return root;
    }

    private void Fill(TwiML parent, int depth)
    {
        AddOptions(parent);
        var count = _random.Next(depth == 1 ? 6 : 4);
        for (var index = 0; index < count; index++)
        {
            switch (_random.Next(10))
            {
                case 0:
                    parent.AddText(Text());
                    break;
                case 1 when _made.Count > 0:
                    // A subtree already placed elsewhere: the document repeats it.
                    parent.Append(_made[_random.Next(_made.Count)]);
                    break;
                case 2:
                    var custom = parent.AddChild(Tags[_random.Next(Tags.Length)]);
                    Grow(custom, depth);
                    break;
                default:
                    var element = Element();
                    parent.Append(element);
                    Grow(element, depth);
                    break;
            }
        }
    }

    private void Grow(TwiML element, int depth)
    {
        if (depth < 4 && _random.Next(2) == 0)
        {
            Fill(element, depth + 1);
        }
        else
        {
            AddOptions(element);
        }

        // Only finished subtrees are shared, so the tree stays acyclic.
        _made.Add(element);
    }

    private void AddOptions(TwiML element)
    {
        if (_random.Next(4) != 0)
        {
            return;
        }

        // Distinct keys, none the element's own attribute names: the library refuses an attribute given twice.
        foreach (var key in OptionKeys.Where(_ => _random.Next(3) == 0).Where(key => key != "voice" && key != "for_"))
        {
            // xml:space takes only its two values (and "preserve" stops the writer indenting inside).
            element.SetOption(key, key == "xml:space" ? (_random.Next(2) == 0 ? "preserve" : "default") : Text());
        }
    }

    private TwiML Element()
    {
        var type = ElementTypes[_random.Next(ElementTypes.Length)];
        var parameters = type.GetConstructors().Single().GetParameters();
        return (TwiML)Activator.CreateInstance(type, parameters.Select(parameter => Value(parameter.ParameterType)).ToArray())!;
    }

    private object? Value(Type type)
    {
        if (_random.Next(3) == 0)
        {
            return null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return Text();
        }

        if (underlying == typeof(Uri))
        {
            return new Uri("https://example.com/" + Uri.EscapeDataString(Text()) + "?a=1&b=" + _random.Next(100));
        }

        if (underlying == typeof(int))
        {
            return _random.Next(-5, 100);
        }

        if (underlying == typeof(bool))
        {
            return _random.Next(2) == 0;
        }

        if (underlying == typeof(PhoneNumber))
        {
            return new PhoneNumber("+1415555" + _random.Next(1000, 9999));
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var list = Array.CreateInstance(element, _random.Next(1, 3));
            for (var index = 0; index < list.Length; index++)
            {
                list.SetValue(Value(element) ?? Member(element), index);
            }

            return list;
        }

        return Member(underlying);
    }

    /// <summary>One of the documented members of a string enum (a public static field of its own type), or null.</summary>
    private object? Member(Type type)
    {
        var members = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == type).ToArray();
        return members.Length == 0 ? (type == typeof(int) ? 1 : null) : members[_random.Next(members.Length)].GetValue(null);
    }

    private string Text()
    {
        var pieces = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Pieces[_random.Next(Pieces.Length)]);
        return string.Concat(pieces);
    }
}
