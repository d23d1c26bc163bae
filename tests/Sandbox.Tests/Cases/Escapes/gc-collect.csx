GC.Collect();
return 1;
