// A script class whose method, property getter and constructor all spin; the constructor runs first.
class Spinner
{
    public Spinner() { while (true) { } }
    public int Value { get { while (true) { } } }
    public void Run() { while (true) { } }
}

var spinner = new Spinner();
spinner.Run();
return spinner.Value;
