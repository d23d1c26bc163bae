return typeof(string).AssemblyQualifiedName;
