// A builder appended to itself doubles each time; the check before each append stops it.
using System.Text;
var builder = new StringBuilder("x");
while (true) builder.Append(builder);
