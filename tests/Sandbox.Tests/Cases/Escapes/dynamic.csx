dynamic value = "text";
return value;
