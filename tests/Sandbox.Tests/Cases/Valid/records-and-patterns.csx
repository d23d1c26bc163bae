// Records, deconstruction, switch expressions and property patterns.
record Point(int X, int Y);
abstract record Shape;
record Circle(Point Centre, int Radius) : Shape;
record Rectangle(Point TopLeft, Point BottomRight) : Shape;

static int Area(Shape shape) => shape switch
{
    Circle { Radius: var r } => 3 * r * r,
    Rectangle(var (x1, y1), var (x2, y2)) => (x2 - x1) * (y2 - y1),
    _ => 0,
};

var shapes = new List<Shape> { new Circle(new Point(0, 0), 2), new Rectangle(new Point(1, 1), new Point(4, 3)) };
var (total, count) = (shapes.Sum(Area), shapes.Count);
var moved = new Point(1, 2) with { Y = 5 };
$"{total}/{count} {moved} {moved == new Point(1, 5)}"
