// The throw at the bottom unwinds through a finally in every frame, and each finally throws a new exception.
int Down(int n) { try { if (n == 1500) throw new InvalidOperationException(); return Down(n + 1); } finally { if (n >= 0) throw new ArgumentException(n.ToString()); } }
return Down(0);
