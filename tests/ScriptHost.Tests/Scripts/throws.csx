// Throws on line 4, so the error names that line.
var limit = 3;
if (limit > 2)
    throw new InvalidOperationException("the order was not found");
return "unreachable";
