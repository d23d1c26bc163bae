Log.$$
var business = Context.Env.GetValueOrDefault("BUSINESS_NAME", "us");
return business;
