// One framework call asking for ~2 GB (just past the largest string .NET allows): no guard runs inside it, and the
// OutOfMemoryException it throws becomes the memory limit.
var s = new string((char)120, int.MaxValue / 2);
return s.Length;
