// An async method awaiting itself from its catch handler (completes synchronously, so it recurses on one thread).
async Task<int> Down(int n) { try { throw new InvalidOperationException(); } catch { return await Down(n + 1); } }
return await Down(0);
