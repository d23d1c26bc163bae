return Environment.GetEnvironmentVariable("HOME");
