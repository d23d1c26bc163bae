// Two functions calling each other.
int Ping(int n) => n == 0 ? 0 : Pong(n - 1) + 1;
int Pong(int n) => n == 0 ? 0 : Ping(n - 1) + 1;
return Ping(1_000_000);
