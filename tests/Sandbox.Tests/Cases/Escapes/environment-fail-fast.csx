Environment.FailFast("bye");
return 1;
