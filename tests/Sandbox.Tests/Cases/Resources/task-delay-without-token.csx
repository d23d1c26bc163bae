// Task.Delay without the invocation's token still ends at the time limit.
await Task.Delay(int.MaxValue);
return "woke up";
