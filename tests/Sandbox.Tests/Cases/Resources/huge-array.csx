// The newarr guard refuses the array before it is allocated.
var bytes = new byte[int.MaxValue];
return bytes.Length;
