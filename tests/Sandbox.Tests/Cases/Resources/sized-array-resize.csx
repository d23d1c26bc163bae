var numbers = new long[1];
Array.Resize(ref numbers, 200_000_000);
return numbers.Length;
