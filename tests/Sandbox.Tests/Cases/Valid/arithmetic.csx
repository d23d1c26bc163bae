// Top-level statements, a local function and a final expression.
int Square(int x) => x * x;
var total = 0;
for (var i = 1; i <= 10; i++)
{
    total += Square(i);
}
total
