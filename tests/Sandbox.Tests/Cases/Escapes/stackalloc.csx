Span<int> buffer = stackalloc int[1000];
return buffer.Length;
