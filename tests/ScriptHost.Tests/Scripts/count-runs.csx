// Counts its own runs in the service's key-value store and answers the count, so a test can tell whether a request ran it.
var runs = int.Parse(await Store.GetAsync("runs") ?? "0") + 1;
await Store.SetAsync("runs", runs.ToString());
return runs.ToString();
