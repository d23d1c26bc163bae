// Regular expressions with an explicit match timeout, static and instance.
using System.Text.RegularExpressions;

var timeout = TimeSpan.FromMilliseconds(100);
var digits = new Regex(@"\d+", RegexOptions.None, timeout);
var numbers = digits.Matches("a1 b22 c333").Select(m => int.Parse(m.Value)).ToArray();
var isEmail = Regex.IsMatch("ada@example.com", @"^[^@]+@[^@]+$", RegexOptions.IgnoreCase, timeout);
var masked = Regex.Replace("call 555-1234", @"\d", "#", RegexOptions.None, timeout);
$"{numbers.Sum()} {isEmail} {masked}"
