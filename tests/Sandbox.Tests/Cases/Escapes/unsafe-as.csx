var s = System.Runtime.CompilerServices.Unsafe.As<string>(new object());
return s;
