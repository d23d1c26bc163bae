// A LINQ pipeline with no script lambda: the generators step the guard on every element, so it stops at the limit.
return Enumerable.Repeat(1, int.MaxValue).SequenceEqual(Enumerable.Repeat(1, int.MaxValue));
