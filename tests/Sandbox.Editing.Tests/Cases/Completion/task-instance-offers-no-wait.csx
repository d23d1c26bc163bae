var task = Task.Delay(1);
var r = task.$$