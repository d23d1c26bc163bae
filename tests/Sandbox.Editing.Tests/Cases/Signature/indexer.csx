var l = new List<int> { 1 };
var x = l[$$