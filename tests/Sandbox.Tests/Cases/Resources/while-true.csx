// The simplest runaway loop: the back-edge guard stops it at the time limit.
while (true) { }
