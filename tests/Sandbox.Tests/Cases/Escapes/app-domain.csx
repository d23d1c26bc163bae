var assemblies = AppDomain.CurrentDomain.GetAssemblies();
return assemblies.Length;
