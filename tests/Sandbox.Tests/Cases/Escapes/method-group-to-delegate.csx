Func<string, bool> exists = System.IO.File.Exists;
return exists("/");
