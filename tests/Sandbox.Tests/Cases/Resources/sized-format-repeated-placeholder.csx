// A format string that repeats one 2 MB argument 600 times.
var piece = new string('x', 1 << 20);
var format = string.Concat(Enumerable.Repeat("{0}", 600));
return string.Format(format, piece).Length;
