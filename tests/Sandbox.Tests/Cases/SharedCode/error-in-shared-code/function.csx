return Greeting.Length("ada");
