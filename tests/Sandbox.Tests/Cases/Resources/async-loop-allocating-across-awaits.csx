// Allocation between real suspensions is charged when MoveNext returns.
var keep = new List<byte[]>();
while (true)
{
    keep.Add(new byte[256 * 1024]);
    await DelayAsync(1);
}
