// TrimExcess(capacity) can grow a queue.
var queue = new Queue<long>();
queue.TrimExcess(200_000_000);
return queue.Count;
