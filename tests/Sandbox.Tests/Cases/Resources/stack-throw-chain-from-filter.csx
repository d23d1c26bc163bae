// Every frame's filter throws (counts as no match) and its next catch throws a new exception.
bool Boom(int n) => throw new ArgumentException("filter " + n);
int Down(int n) { try { if (n == 1900) throw new InvalidOperationException(); return Down(n + 1); } catch (Exception) when (Boom(n)) { return 0; } catch (Exception e) { throw new ArgumentException("x", e); } }
return Down(0);
