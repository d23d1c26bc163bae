var name = Checks.Required("ok");
return Checks.Number(name);
