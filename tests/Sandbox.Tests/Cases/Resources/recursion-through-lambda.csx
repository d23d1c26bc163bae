// Recursion through a delegate: every lambda entry is counted.
Func<int, int> f = null;
f = n => f(n + 1) + 1;
return f(0);
