// One stackalloc past the per-block cap is refused before the stack is touched.
int Fill()
{
    Span<byte> block = stackalloc byte[10_000_000];
    return block.Length;
}

return Fill();
