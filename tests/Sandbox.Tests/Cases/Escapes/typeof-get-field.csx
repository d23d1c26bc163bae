return typeof(string).GetField("Empty");
