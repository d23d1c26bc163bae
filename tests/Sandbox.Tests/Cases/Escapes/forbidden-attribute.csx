[System.Diagnostics.DebuggerStepThrough]
class Quiet
{
}
return 1;
