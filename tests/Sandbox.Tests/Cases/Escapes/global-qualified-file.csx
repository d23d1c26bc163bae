return global::System.IO.File.Exists("/etc/passwd");
