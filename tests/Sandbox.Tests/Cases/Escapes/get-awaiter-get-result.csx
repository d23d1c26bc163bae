return Task.FromResult(7).GetAwaiter().GetResult();
