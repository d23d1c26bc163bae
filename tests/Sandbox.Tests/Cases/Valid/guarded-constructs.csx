// Every construct the guard injector rewrites, run to completion: its results must not change.
using System.Text.RegularExpressions;

IEnumerable<int> Evens(int count)
{
    for (var i = 0; i < count; i++) yield return i * 2;
}

async Task<int> AddLaterAsync(int a, int b)
{
    await DelayAsync(1);
    try { throw new InvalidOperationException("inner"); }
    catch (InvalidOperationException) when (a > 0) { a += 1; }
    finally { b += 1; }
    return a + b;
}

string Classify(string s) => s switch { "a" => "first", "b" => "second", "c" => "third", "d" => "fourth", "e" => "fifth", "f" => "sixth", "g" => "seventh", _ => "other" };

var total = 0;
foreach (var e in Evens(10)) total += e;          // 90
var squares = Enumerable.Range(1, 4).Select(x => x * x).Sum(); // 30
var array = new long[5];
for (var i = 0; i < array.Length; i++) array[i] = i;
int Seventh()
{
    var small = new int[4];
    small[3] = 7;
    return small[3];
}

var sum = await AddLaterAsync(1, 1);             // 4
var matched = new Regex("^a+$", RegexOptions.None, TimeSpan.FromSeconds(5)).IsMatch("aaa");
var label = 0;
loop:
label++;
if (label < 3) goto loop;
return $"{total} {squares} {array.Sum()} {Seventh()} {sum} {matched} {label} {Classify("g")}";
