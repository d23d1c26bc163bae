// An iterator whose finally enumerates a new instance of itself.
IEnumerable<int> Down(int n) { try { yield return n; throw new InvalidOperationException(); } finally { foreach (var x in Down(n + 1)) { } } }
foreach (var x in Down(0)) { }
return 0;
