// One framework call asking for 1.2 GB: refused before it allocates.
return new string('x', 600_000_000).Length;
