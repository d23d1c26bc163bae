// The promise machinery of async iterators is the compiler's: a script cannot implement it.
class Source : System.Threading.Tasks.Sources.IValueTaskSource
{
    public void GetResult(short token) { }
    public System.Threading.Tasks.Sources.ValueTaskSourceStatus GetStatus(short token) => default;
    public void OnCompleted(Action<object?> continuation, object? state, short token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags flags) { }
}

return 1;
