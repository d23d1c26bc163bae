return Recursion.Down(1_000_000);
