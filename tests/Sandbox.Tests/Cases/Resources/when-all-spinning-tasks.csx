// Many of the script's own tasks spinning at once on the thread pool, awaited together.
async Task<int> Spin(int seed)
{
    await Task.Yield();
    var x = seed;
    while (x >= 0)
    {
        x = (x * 31 + 7) & 0xFFFF;
    }

    return x;
}

var spinning = new List<Task<int>>();
for (var i = 0; i < 64; i++)
{
    spinning.Add(Spin(i));
}

var all = await Task.WhenAll(spinning);
return all.Length;
