// Regular expressions without a timeout (the host gives each call the invocation's time left): match, named and
// numbered groups, matches, replace with a pattern and with an evaluator, split, options, count, escape.
using System.Text.RegularExpressions;

var date = new Regex(@"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})");
var text = "due 2024-03-15, paid 2024-04-01";
var match = date.Match(text);
var named = $"{match.Groups["day"].Value}/{match.Groups["month"].Value}/{match.Groups["year"].Value}";
var numbered = match.Groups[1].Value + match.Groups[2].Value;
var all = string.Join(",", date.Matches(text).Select(m => m.Groups["month"].Value));
var next = match.NextMatch().Value;
var replaced = date.Replace(text, "${day}.${month}.${year}");
var split = string.Join("|", Regex.Split("a1b22c333d", @"\d+"));
var ignoreCase = Regex.IsMatch("HELLO", "^hello$", RegexOptions.IgnoreCase);
var multiline = Regex.Matches("ab\ncd\nef", @"^\w+$", RegexOptions.Multiline).Count;
var evaluated = Regex.Replace("3 apples and 12 pears", @"\d+", m => (int.Parse(m.Value) * 2).ToString());
var count = Regex.Count("a-b-c", "-");
var groupNames = string.Join(",", date.GetGroupNames());
var escaped = Regex.Escape("1+1=2?");
var timeoutKept = new Regex("x", RegexOptions.None, TimeSpan.FromMilliseconds(250)).MatchTimeout.TotalMilliseconds;
return string.Join(";", named, numbered, all, next, replaced, split, ignoreCase, multiline, evaluated, count, groupNames, escaped, timeoutKept);
