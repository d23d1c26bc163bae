// Many small arrays, each well within the budget, add up past it.
var keep = new List<byte[]>();
while (true) keep.Add(new byte[64 * 1024]);
