// The function's own lines keep their numbers: the host's #load lines ahead of them are not counted.
var greeting = Greeting.For("ada");
int length = greeting;
return length;
