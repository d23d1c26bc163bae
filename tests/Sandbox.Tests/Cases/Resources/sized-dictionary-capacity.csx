return new Dictionary<long, long>(100_000_000).Count;
