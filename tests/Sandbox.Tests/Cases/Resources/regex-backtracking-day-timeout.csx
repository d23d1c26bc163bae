// A timeout of a day is clamped to the time left, and its expiry is the time limit, which no catch can swallow.
using System.Text.RegularExpressions;
var regex = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromDays(1));
try
{
    return regex.IsMatch(new string('a', 40) + "!");
}
catch (RegexMatchTimeoutException)
{
    return false;
}
