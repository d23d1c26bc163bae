// do/while puts the condition at the bottom: the back-edge is conditional.
var i = 0;
do { i++; } while (true);
