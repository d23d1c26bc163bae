using System.Text.RegularExpressions;
return Regex.IsMatch("aaaa", "(a+)+$");
