// Catastrophic backtracking, each match abandoned by its own timeout and retried: the loop and catch guards stop it.
using System.Text.RegularExpressions;
var regex = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(200));
var input = new string((char)97, 40) + "!";
var timeouts = 0;
while (true)
{
    try { regex.IsMatch(input); }
    catch (RegexMatchTimeoutException) { timeouts++; }
}
