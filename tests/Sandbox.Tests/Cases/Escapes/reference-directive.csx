#r "System.IO.dll"
return 1;
