var listOfInt = typeof(List<>).MakeGenericType(typeof(int));
return listOfInt.Name;
