System.Linq.Expressions.Expression<Func<int>> e = () => 1;
return 1;
