// Waits far longer than its time limit; the host cancels it through the Cancellation token.
await Task.Delay(60_000, Cancellation);
return "never";
