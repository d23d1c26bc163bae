Thread.Sleep(100);
return 1;
