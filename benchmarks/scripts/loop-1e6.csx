// Loop-heavy function: a million back-edges, each one a guard check under the sandbox.
long acc = 17;
for (var i = 0; i < 1_000_000; i++)
{
    acc = (acc * 31 + i) % 1_000_003;
}

return acc;
