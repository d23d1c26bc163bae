// Recursion inside an exception filter: every level runs on top of the first pass of its exception's dispatch.
bool Down(int n) { try { throw new InvalidOperationException(); } catch (InvalidOperationException) when (Down(n + 1)) { return true; } }
return Down(0);
