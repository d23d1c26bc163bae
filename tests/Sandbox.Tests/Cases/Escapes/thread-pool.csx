ThreadPool.QueueUserWorkItem(_ => { });
return 1;
