// A subclass would build its Regex through a base-constructor call, which no wrapper can stand in for: it would
// run with no match timeout, so the IL check refuses it.
using System.Text.RegularExpressions;
class Untimed : Regex
{
    public Untimed() : base("^(a+)+$") { }
}
return new Untimed().IsMatch("aaaa");
