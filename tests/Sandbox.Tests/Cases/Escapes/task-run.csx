return await Task.Run(() => 1);
