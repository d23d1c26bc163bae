return Checks.Required(null);
