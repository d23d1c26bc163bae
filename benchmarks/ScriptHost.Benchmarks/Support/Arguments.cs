using System.Globalization;

namespace ScriptHost.Benchmarks.Support;

/// <summary>"--name value" options of a console mode.</summary>
internal sealed class Arguments(IReadOnlyList<string> args)
{
    public string? Positional(int index)
    {
        var plain = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        return index < plain.Count ? plain[index] : null;
    }

    public string String(string name, string fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--" + name)
            {
                return args[i + 1];
            }
        }

        return fallback;
    }

    public int Int(string name, int fallback) => int.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
