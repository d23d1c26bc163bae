var list = Activator.CreateInstance<List<int>>();
return list.Count;
