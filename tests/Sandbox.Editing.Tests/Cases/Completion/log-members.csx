var name = Event.Get("Body") ?? "";
Log.$$