var data = new int[1];
fixed (int* p = data)
{
}
return 1;
