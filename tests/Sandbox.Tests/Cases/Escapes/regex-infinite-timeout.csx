using System.Text.RegularExpressions;
var regex = new Regex("a", RegexOptions.None, Regex.InfiniteMatchTimeout);
return 1;
