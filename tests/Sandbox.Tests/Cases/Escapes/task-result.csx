return Task.FromResult(7).Result;
