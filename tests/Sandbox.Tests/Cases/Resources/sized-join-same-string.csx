// string.Join over an array holding the same 2 MB string 600 times.
var piece = new string('x', 1 << 20);
var parts = new string[600];
Array.Fill(parts, piece);
return string.Join(",", parts).Length;
