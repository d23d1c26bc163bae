#load "other.csx"
return 1;
