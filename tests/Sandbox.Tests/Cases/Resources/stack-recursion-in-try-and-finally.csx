// Recursion in the try and again in the finally: once the limit trips, every finally on the way up would throw again.
int Down(int n) { try { return Down(n + 1); } finally { Down(n + 1); } }
return Down(0);
