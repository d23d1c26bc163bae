Func<int> f = () => 1;
return f.DynamicInvoke();
