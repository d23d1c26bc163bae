// A finally that would let the loop go on: the finally guard throws again.
var rounds = 0;
while (true)
{
    try
    {
        try { while (true) { } }
        finally { rounds++; }
    }
    catch (Exception) { }
}
