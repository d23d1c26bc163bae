// Plain recursion a million frames deep must end as a stack limit, never a StackOverflow.
int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1);
return Down(1_000_000);
