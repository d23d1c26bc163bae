// Each of a million characters replaced by 500: 1 GB from one call.
var text = new string('a', 1 << 20);
return text.Replace("a", new string('b', 500)).Length;
