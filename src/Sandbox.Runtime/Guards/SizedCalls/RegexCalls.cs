using System.ComponentModel;
using System.Text.RegularExpressions;

namespace ScriptHost.Sandbox.Guards.SizedCalls;

/// <summary>
/// <see cref="Regex"/>'s constructors and matching methods, static and instance: each runs with the timeout
/// <see cref="RegexTimeouts"/> allows (the script's, clamped to the time left; the time left when it gave none), and
/// a timeout at the invocation's deadline becomes the time limit. <c>Replace</c> also charges the text it builds:
/// every replacement (the script's evaluator's result, or the expanded replacement pattern, where <c>$`</c> and
/// <c>$'</c> can repeat the whole input per match) is measured before the framework copies it.
/// </summary>
/// <remarks>
/// Audited and left alone: <c>Escape</c>, <c>Unescape</c> and the group-name members do not match; <c>Split</c>
/// returns pieces of its input; a <see cref="MatchCollection"/> or <c>Match.NextMatch</c> matches lazily on the
/// instance (and timeout) the call that produced it ran with.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RegexCalls
{
    private static readonly TimeSpan NoTimeout = Regex.InfiniteMatchTimeout;

    [Replaces(typeof(Regex), ReplacesAttribute.Constructor)]
    public static Regex New(string pattern) => RegexTimeouts.Create(pattern, RegexOptions.None, NoTimeout);

    [Replaces(typeof(Regex), ReplacesAttribute.Constructor)]
    public static Regex New(string pattern, RegexOptions options) => RegexTimeouts.Create(pattern, options, NoTimeout);

    [Replaces(typeof(Regex), ReplacesAttribute.Constructor)]
    public static Regex New(string pattern, RegexOptions options, TimeSpan matchTimeout) => RegexTimeouts.Create(pattern, options, matchTimeout);

    [Replaces(typeof(Regex), nameof(Regex.IsMatch))]
    public static bool IsMatch(Regex self, string input) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.IsMatch(input));

    [Replaces(typeof(Regex), nameof(Regex.IsMatch))]
    public static bool IsMatch(Regex self, string input, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.IsMatch(input, startat));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(Regex self, string input) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Match(input));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(Regex self, string input, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Match(input, startat));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(Regex self, string input, int beginning, int length) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Match(input, beginning, length));

    [Replaces(typeof(Regex), nameof(Regex.Matches))]
    public static MatchCollection Matches(Regex self, string input) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Matches(input));

    [Replaces(typeof(Regex), nameof(Regex.Matches))]
    public static MatchCollection Matches(Regex self, string input, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Matches(input, startat));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(Regex self, string input) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Split(input));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(Regex self, string input, int count) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Split(input, count));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(Regex self, string input, int count, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Split(input, count, startat));

    [Replaces(typeof(Regex), nameof(Regex.Count))]
    public static int Count(Regex self, string input) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Count(input));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, string replacement) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Expanding(replacement, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, string replacement, int count) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Expanding(replacement, input), count));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, string replacement, int count, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Expanding(replacement, input), count, startat));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, MatchEvaluator evaluator) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Charging(evaluator, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, MatchEvaluator evaluator, int count) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Charging(evaluator, input), count));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(Regex self, string input, MatchEvaluator evaluator, int count, int startat) =>
        Bounded(RegexTimeouts.ForCall(self), regex => regex.Replace(input, Charging(evaluator, input), count, startat));

    [Replaces(typeof(Regex), nameof(Regex.IsMatch))]
    public static bool IsMatch(string input, string pattern) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.IsMatch(input));

    [Replaces(typeof(Regex), nameof(Regex.IsMatch))]
    public static bool IsMatch(string input, string pattern, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.IsMatch(input));

    [Replaces(typeof(Regex), nameof(Regex.IsMatch))]
    public static bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.IsMatch(input));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(string input, string pattern) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Match(input));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(string input, string pattern, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Match(input));

    [Replaces(typeof(Regex), nameof(Regex.Match))]
    public static Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Match(input));

    [Replaces(typeof(Regex), nameof(Regex.Matches))]
    public static MatchCollection Matches(string input, string pattern) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Matches(input));

    [Replaces(typeof(Regex), nameof(Regex.Matches))]
    public static MatchCollection Matches(string input, string pattern, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Matches(input));

    [Replaces(typeof(Regex), nameof(Regex.Matches))]
    public static MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Matches(input));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(string input, string pattern) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Split(input));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(string input, string pattern, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Split(input));

    [Replaces(typeof(Regex), nameof(Regex.Split))]
    public static string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Split(input));

    [Replaces(typeof(Regex), nameof(Regex.Count))]
    public static int Count(string input, string pattern) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Count(input));

    [Replaces(typeof(Regex), nameof(Regex.Count))]
    public static int Count(string input, string pattern, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Count(input));

    [Replaces(typeof(Regex), nameof(Regex.Count))]
    public static int Count(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Count(input));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, string replacement) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Replace(input, Expanding(replacement, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, string replacement, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Replace(input, Expanding(replacement, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Replace(input, Expanding(replacement, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, MatchEvaluator evaluator) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, RegexOptions.None, NoTimeout), regex => regex.Replace(input, Charging(evaluator, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, NoTimeout), regex => regex.Replace(input, Charging(evaluator, input)));

    [Replaces(typeof(Regex), nameof(Regex.Replace))]
    public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options, TimeSpan matchTimeout) =>
        Bounded(RegexTimeouts.ForStaticCall(pattern, options, matchTimeout), regex => regex.Replace(input, Charging(evaluator, input)));

    /// <summary>
    /// Runs one matching <paramref name="call"/> on <paramref name="regex"/> (the instance with the timeout this call
    /// may use); a timeout at the invocation's deadline becomes the time limit, which the script cannot catch.
    /// </summary>
    private static T Bounded<T>(Regex regex, Func<Regex, T> call)
    {
        try
        {
            return call(regex);
        }
        catch (RegexMatchTimeoutException) when (RegexTimeouts.ReachedTimeLimit())
        {
            throw RegexTimeouts.TimeLimit();
        }
    }

    /// <summary>The replacement pattern as an evaluator, so each expansion is measured (see <see cref="Charging"/>).</summary>
    private static MatchEvaluator Expanding(string replacement, string input)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return Charging(match => match.Result(replacement), input);
    }

    /// <summary>
    /// <paramref name="evaluator"/>, refusing a replacement once the result so far (the whole input, which the result
    /// copies at most once, plus every replacement) no longer fits the budget.
    /// </summary>
    private static MatchEvaluator Charging(MatchEvaluator evaluator, string input)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        var chars = (long)(input?.Length ?? 0);
        return match =>
        {
            var text = evaluator(match);
            chars = Bytes.Plus(chars, text?.Length ?? 0);
            AllocationGate.Step(Bytes.OfChars(chars));
            return text!;
        };
    }
}
