// Catastrophic backtracking with no timeout given: the host's (the time left) ends it with the time limit.
using System.Text.RegularExpressions;
return Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$");
