#r "System.IO.FileSystem.dll"
public static class Native { }
