int Twice(int value)
{
    var list = new List<dynamic> { value };
    return (int)list[0] * 2;
}

return Twice(2);
