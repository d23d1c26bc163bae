// Two functions recursing into each other from their catch handlers.
int Ping(int n) { try { throw new InvalidOperationException(); } catch { return Pong(n + 1); } }
int Pong(int n) { try { throw new ArgumentException(); } catch (ArgumentException) { return Ping(n + 1); } }
return Ping(0);
