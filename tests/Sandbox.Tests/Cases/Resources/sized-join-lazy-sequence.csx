// string.Join over a lazy sequence repeating one 2 MB string: charged element by element while it joins.
var piece = new string('x', 1 << 20);
return string.Join(",", Enumerable.Repeat(piece, 600)).Length;
