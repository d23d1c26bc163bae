// foreach over an iterator that never ends: the guards sit in both the loop and the iterator.
IEnumerable<int> Forever()
{
    var i = 0;
    while (true) yield return i++;
}

var sum = 0L;
foreach (var x in Forever()) sum += x;
return sum;
