// Ordinary text and collection work through the size-checked framework calls gives the framework's exact results.
using System.Text;

var words = new[] { "alpha", "beta", "gamma" };
var joined = string.Join(", ", words) + "|" + string.Join('-', words.Select(w => w.Length)) + "|" + string.Concat(words.Select(w => w[0]));
var padded = "7".PadLeft(3, '0') + "7".PadRight(3, '.') + new string('=', 3);
var replaced = "a-b-c".Replace("-", " - ") + "|" + "Hello".Replace("l", "L", StringComparison.Ordinal) + "|" + "x".Insert(1, "yz");
var formatted = string.Format("{0,4}|{1:D3}|{0}", "ab", 7) + $"|{42,5}|{3.5,-6:F2}|";
var builder = new StringBuilder(16).Append('*', 3).Append("ab").Insert(0, "<", 2).AppendJoin(",", words).AppendFormat("[{0}]", 1);
builder.Replace("ab", "AB");
builder.Length = builder.Length + 1;
var list = new List<int>(4) { 3, 1, 2 };
list.Capacity = 10;
var dictionary = new Dictionary<string, int>(8) { ["a"] = 1 };
dictionary.EnsureCapacity(16);
var set = Enumerable.Range(1, 5).Concat(Enumerable.Repeat(2, 3)).ToHashSet();
var array = Enumerable.Range(0, 4).ToArray();
Array.Resize(ref array, 6);
var pairs = new[] { KeyValuePair.Create("k", 1) }.ToDictionary();
var generated = string.Join(",", Enumerable.Sequence(1, 9, 4)) + "/" + Enumerable.InfiniteSequence(1, 2).Take(3).Sum();
return string.Join(";", joined, padded, replaced, formatted, builder.ToString().Replace("\0", "0"), list.Capacity, dictionary.Count,
    set.Count, array.Length, pairs["k"], generated, string.Concat("a", 1, 'b'), string.Concat(new object[] { 1, null!, "x" }));
