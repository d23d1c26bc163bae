// for(;;) compiles to an unconditional backward branch.
for (;;) { }
