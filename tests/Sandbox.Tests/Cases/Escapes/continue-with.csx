var next = Task.CompletedTask.ContinueWith(_ => 1);
return 1;
