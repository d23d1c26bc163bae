// Dispose, run by a using statement's finally while an exception unwinds, starts another using that throws.
class R : IDisposable { public int N; public void Dispose() { using (new R { N = N + 1 }) { throw new InvalidOperationException(); } } }
using (new R()) { throw new InvalidOperationException(); }
