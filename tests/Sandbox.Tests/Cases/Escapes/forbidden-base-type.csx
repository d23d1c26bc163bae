class Leaky : System.IO.MemoryStream
{
}
return 1;
