// Recursion from a catch handler through a LINQ callback: framework frames between the script frames.
int Down(int n) { try { throw new InvalidOperationException(); } catch { return Enumerable.Range(0, 1).Select(x => Down(n + 1)).First(); } }
return Down(0);
