var text = "abc";
return text.GetType().InvokeMember("ToUpper", default, null, text, null);
