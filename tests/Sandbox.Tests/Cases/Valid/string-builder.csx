// StringBuilder, string formatting with the invariant culture, and char arithmetic.
using System.Globalization;

var builder = new StringBuilder();
for (var i = 0; i < 5; i++)
{
    builder.Append((char)('a' + i));
    builder.Append(i.ToString(CultureInfo.InvariantCulture));
}

builder.Insert(0, "[").Append(']');
var price = 1234.5m;
builder.Append(' ').Append(price.ToString("F2", CultureInfo.InvariantCulture));
builder.ToString().ToUpperInvariant()
