// Abuse: a string that doubles until the memory limit stops it (500, memory); its worker is recycled.
var s = "x";
while (true) s += s;
