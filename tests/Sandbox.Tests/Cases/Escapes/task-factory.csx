return await Task.Factory.StartNew(() => 1);
