var made = Activator.CreateInstance(new List<int>().GetType());
return made;
