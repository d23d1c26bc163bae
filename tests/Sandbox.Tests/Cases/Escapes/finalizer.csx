class Zombie
{
    ~Zombie() { }
}
return 1;
