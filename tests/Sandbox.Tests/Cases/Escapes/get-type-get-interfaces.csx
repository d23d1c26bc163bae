return new List<int>().GetType().GetInterfaces().Length;
