// Async recursion that never awaits anything incomplete recurses synchronously on one thread.
async Task<int> Down(int n) => n == 0 ? 0 : await Down(n - 1) + 1;
return await Down(1_000_000);
