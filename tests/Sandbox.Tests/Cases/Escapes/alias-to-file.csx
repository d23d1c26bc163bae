using F = System.IO.File;
return F.ReadAllText("/etc/passwd");
