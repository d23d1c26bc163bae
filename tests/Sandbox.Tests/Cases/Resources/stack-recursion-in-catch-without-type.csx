// Recursion inside a catch-all handler, adding to the result on the way back.
int Down(int n) { try { throw new InvalidOperationException(); } catch { return Down(n + 1) + 1; } }
return Down(0);
