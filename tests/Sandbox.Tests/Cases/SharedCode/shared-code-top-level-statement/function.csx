return Setup.Ready();
