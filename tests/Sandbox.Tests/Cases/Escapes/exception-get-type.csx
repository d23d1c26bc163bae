// GetType() is allowed for names; the members that reach reflection are not.
var type = new InvalidOperationException().GetType();
return type.GetMethod("ToString");
