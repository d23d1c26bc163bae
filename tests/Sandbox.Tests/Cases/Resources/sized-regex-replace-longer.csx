// Regex.Replace charges each replacement before the framework copies it.
using System.Text.RegularExpressions;
var text = new string('a', 1 << 20);
return Regex.Replace(text, "a", new string('b', 500)).Length;
