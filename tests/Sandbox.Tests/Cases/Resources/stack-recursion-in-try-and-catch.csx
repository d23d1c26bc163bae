// Recursion in the try and again in the catch: once the limit trips, every catch on the way up would throw again.
int Down(int n) { try { return Down(n + 1); } catch { return Down(n + 1); } }
return Down(0);
