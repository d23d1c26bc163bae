// A loop written with goto is still a backward branch.
var n = 0;
again:
n++;
goto again;
