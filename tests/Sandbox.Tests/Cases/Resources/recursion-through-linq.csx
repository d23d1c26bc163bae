// Recursion through LINQ callbacks: framework frames sit between the script frames.
int F(int n) => Enumerable.Range(0, 1).Select(x => F(n + 1)).First();
return F(0);
