var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal(100);
return 1;
