var inner = Task.FromResult(Task.FromResult(1));
return await inner.Unwrap();
