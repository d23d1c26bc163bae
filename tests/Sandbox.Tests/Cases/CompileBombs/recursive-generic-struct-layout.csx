// A struct whose layout would expand forever.
struct Bomb<T>
{
    public Bomb<Bomb<T>> Inner;
}
return default(Bomb<int>).GetHashCode();
