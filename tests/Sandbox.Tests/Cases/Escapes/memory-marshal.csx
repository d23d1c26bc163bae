return System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(new int[1]);
