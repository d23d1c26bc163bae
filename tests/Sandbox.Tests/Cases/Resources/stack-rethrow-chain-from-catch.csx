// Recursion to the frame limit, then every catch on the way up throws a new exception.
int Down(int n) { try { return Down(n + 1); } catch (Exception e) { throw new InvalidOperationException("x", e); } }
return Down(0);
