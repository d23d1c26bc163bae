// Recursion inside a catch handler: every level runs on top of the runtime's dispatch of its exception.
int Down(int n) { try { throw new InvalidOperationException(); } catch (InvalidOperationException) { return Down(n + 1); } }
return Down(0);
