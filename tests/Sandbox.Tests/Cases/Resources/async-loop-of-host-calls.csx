// An async loop awaiting a host call that completes at once: the back-edges in MoveNext stop it.
var n = 0L;
while (true)
{
    await DelayAsync(0);
    n++;
}
