var read = (System.IO.FileInfo file) => file.Length;
return 1;
