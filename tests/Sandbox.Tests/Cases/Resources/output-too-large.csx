// A result larger than the output limit.
return new string((char)120, 200 * 1024);
