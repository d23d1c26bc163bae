// A top-level field would be a variable of every function that uses this file, initialised ahead of its code.
int calls = 0;
