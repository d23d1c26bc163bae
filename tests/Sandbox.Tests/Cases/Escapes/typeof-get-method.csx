var method = typeof(string).GetMethod("Concat");
return 1;
