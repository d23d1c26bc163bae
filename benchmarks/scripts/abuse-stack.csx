// Abuse: recursion ten million deep, stopped at the stack limit (500, stack); its worker is recycled.
int D(int n) => n == 0 ? 0 : 1 + D(n - 1);
return D(10_000_000).ToString();
