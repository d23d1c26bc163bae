// Logs one line at each level, tagged with the 'marker' parameter.
var marker = Event.Get("marker");
Log.Info("info " + marker);
Log.Warn("warn " + marker);
Log.Error("error " + marker);
return "logged";
