var assemblies = new[] { typeof(string).Assembly }.ToList();
return assemblies.Count;
