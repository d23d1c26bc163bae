// Recursion inside a finally handler that runs normally (no exception in flight).
int Down(int n) { try { n++; } finally { Down(n + 1); } return n; }
return Down(0);
