int* p = null;
return 1;
