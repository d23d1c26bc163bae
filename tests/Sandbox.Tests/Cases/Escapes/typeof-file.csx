var type = typeof(System.IO.File);
return 1;
