// Six catch handlers nested in each frame, recursing from the innermost: six exception dispatches per call.
int Down(int n)
{
    try { throw new InvalidOperationException(); }
    catch
    {
        try { throw new InvalidOperationException(); }
        catch
        {
            try { throw new InvalidOperationException(); }
            catch
            {
                try { throw new InvalidOperationException(); }
                catch
                {
                    try { throw new InvalidOperationException(); }
                    catch
                    {
                        try { throw new InvalidOperationException(); }
                        catch { return Down(n + 1); }
                    }
                }
            }
        }
    }
}
return Down(0);
