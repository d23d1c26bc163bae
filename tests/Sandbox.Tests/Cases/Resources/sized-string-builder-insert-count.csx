// Inserting one 2 MB string 600 times.
using System.Text;
var piece = new string('x', 1 << 20);
return new StringBuilder().Insert(0, piece, 600).Length;
