// Awaiting a promise nobody completes ends at the time limit.
var never = new TaskCompletionSource<int>();
return await never.Task;
