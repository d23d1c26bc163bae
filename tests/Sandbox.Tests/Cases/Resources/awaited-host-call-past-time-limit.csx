// A host API awaited past the time limit is cancelled, and the invocation answers with the time limit.
await DelayAsync(60_000);
return "never";
