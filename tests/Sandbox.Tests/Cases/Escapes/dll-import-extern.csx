[System.Runtime.InteropServices.DllImport("libc")]
static extern int getpid();
return getpid();
