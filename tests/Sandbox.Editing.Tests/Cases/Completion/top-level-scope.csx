var items = new List<int>();
var count = 0;
$$