var file = Type.GetType("System.IO.File");
return file?.Name;
