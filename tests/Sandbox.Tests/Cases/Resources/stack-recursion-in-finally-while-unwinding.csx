// Recursion inside a finally handler while an exception unwinds through it; the method never returns.
int Down(int n) { try { throw new InvalidOperationException(); } finally { Down(n + 1); } }
return Down(0);
