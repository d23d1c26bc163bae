int x = 1;
var reference = __makeref(x);
return 1;
