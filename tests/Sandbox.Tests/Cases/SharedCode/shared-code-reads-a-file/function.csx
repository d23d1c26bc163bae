return Settings.Read();
