var regex = new System.Text.RegularExpressions.Regex("(a+)+$");
return regex.IsMatch("aaaa");
