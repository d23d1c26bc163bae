AppContext.SetSwitch("System.Globalization.Invariant", true);
return 1;
