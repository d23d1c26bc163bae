var count = 0;
foreach (var entry in new System.Collections.Hashtable())
{
    count++;
}
return count;
