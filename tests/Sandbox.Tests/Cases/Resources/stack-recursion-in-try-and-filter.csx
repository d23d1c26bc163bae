// Recursion in the try and again in the filter.
bool Down(int n) { try { return Down(n + 1); } catch when (Down(n + 1)) { return true; } }
return Down(0);
