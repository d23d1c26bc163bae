// ToList of a generated sequence: the list's buffer is charged while it grows.
return Enumerable.Repeat(0L, 200_000_000).ToList().Count;
