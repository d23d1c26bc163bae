// Catching the limit exception and looping again: the catch guard throws it again.
var caught = 0;
while (true)
{
    try { while (true) { } }
    catch { caught++; }
}
