// An interpolation hole aligned to a constant width: the handler would pad it to 1.2 GB.
var x = 1;
return $"{x,600000000}".Length;
