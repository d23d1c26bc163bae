Counter.Next();
return Counter.Next();
