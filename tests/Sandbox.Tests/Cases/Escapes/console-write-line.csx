Console.WriteLine("hi");
return 1;
