return Enumerable.InfiniteSequence(0L, 1L).LongCount();
