return new List<long>(200_000_000).Capacity;
