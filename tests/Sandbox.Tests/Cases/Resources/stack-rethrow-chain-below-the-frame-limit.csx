// No limit trips on the way down; the throw at the bottom is caught and thrown anew by every frame on the way up.
int Down(int n) { try { if (n == 1900) throw new InvalidOperationException(); return Down(n + 1); } catch (Exception e) { throw new ArgumentException("level " + n, e); } }
return Down(0);
