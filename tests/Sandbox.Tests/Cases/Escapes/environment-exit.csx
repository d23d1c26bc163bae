Environment.Exit(1);
return 1;
