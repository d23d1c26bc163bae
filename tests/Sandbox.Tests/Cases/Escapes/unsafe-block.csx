unsafe
{
    int x = 1;
    int* p = &x;
}
return 1;
