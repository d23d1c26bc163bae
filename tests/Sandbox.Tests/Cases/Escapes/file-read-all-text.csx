var text = System.IO.File.ReadAllText("/etc/passwd");
return text;
