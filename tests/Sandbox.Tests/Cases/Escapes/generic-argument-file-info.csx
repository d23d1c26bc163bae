var files = new List<System.IO.FileInfo>();
return files.Count;
