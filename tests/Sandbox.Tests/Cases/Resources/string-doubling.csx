// Each += allocates inside the framework; the back-edge charges it.
var s = "x";
while (true) s += s;
