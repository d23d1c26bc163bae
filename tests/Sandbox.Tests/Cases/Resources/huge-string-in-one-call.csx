// One framework call asking for ~2 GB: no guard runs inside it; the OutOfMemoryException becomes the memory limit.
var s = new string((char)120, int.MaxValue / 2);
return s.Length;
