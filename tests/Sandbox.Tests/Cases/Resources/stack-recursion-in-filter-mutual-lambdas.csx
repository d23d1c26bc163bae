// Two lambdas recursing into each other from their exception filters.
Func<int, bool> a = null!, b = null!;
a = n => { try { throw new InvalidOperationException(); } catch when (b(n + 1)) { return true; } };
b = n => { try { throw new ArgumentException(); } catch (ArgumentException) when (a(n + 1)) { return true; } };
return a(0);
