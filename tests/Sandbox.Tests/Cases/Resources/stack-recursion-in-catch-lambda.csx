// A lambda recursing into itself from its catch handler.
Func<int, int> down = null!;
down = n => { try { throw new InvalidOperationException(); } catch { return down(n + 1); } };
return down(0);
