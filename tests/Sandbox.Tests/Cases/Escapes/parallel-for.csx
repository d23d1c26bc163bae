Parallel.For(0, 10, i => { });
return 1;
