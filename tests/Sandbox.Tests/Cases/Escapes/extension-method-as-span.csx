return "secret".AsSpan().Length;
