class Init
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Run() { }
}
return 1;
