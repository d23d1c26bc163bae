// LINQ over a dictionary built from words: grouping, ordering, projection.
var words = "the quick brown fox jumps over the lazy dog the end".Split(' ');
var counts = new Dictionary<string, int>();
foreach (var word in words)
{
    counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
}

var top = counts
    .Where(pair => pair.Value > 1 || pair.Key.Length == 5)
    .OrderByDescending(pair => pair.Value)
    .ThenBy(pair => pair.Key, StringComparer.Ordinal)
    .Select(pair => $"{pair.Key}={pair.Value}")
    .ToList();
string.Join(",", top)
