// A private helper: doubles 'n'.
return (int.Parse(Event["n"]) * 2).ToString();
