var stream = default(System.IO.FileStream);
return stream is null;
