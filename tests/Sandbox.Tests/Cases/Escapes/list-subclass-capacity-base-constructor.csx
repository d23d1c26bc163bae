// A capacity passed to a base constructor cannot be size-checked, so the IL check refuses it.
class Huge : List<long>
{
    public Huge() : base(200_000_000) { }
}
return new Huge().Capacity;
