await Checks.NotEmptyAsync(Input);
return Input;
