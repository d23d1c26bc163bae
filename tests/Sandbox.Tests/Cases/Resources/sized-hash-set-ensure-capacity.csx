var set = new HashSet<long>();
return set.EnsureCapacity(150_000_000);
