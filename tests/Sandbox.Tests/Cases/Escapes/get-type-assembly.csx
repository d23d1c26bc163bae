return "".GetType().Assembly.FullName;
