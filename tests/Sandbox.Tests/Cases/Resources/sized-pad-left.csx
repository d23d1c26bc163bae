// Padding to a width the script chose.
return "x".PadLeft(600_000_000).Length;
