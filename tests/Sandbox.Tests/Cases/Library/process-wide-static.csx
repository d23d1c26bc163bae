TestLibrary.Messages.MessageDefaults.Region = "eu1";
return "changed for everyone";
