return Buffers.Huge().Length;
